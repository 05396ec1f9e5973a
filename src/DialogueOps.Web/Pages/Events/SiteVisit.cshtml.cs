using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.SiteVisits;

namespace DialogueOps.Web.Pages.Events;

/// <summary>
/// One visit for a participant: what, when, where to meet, the rules to accept, and signing up or cancelling. The person is
/// always the signed-in user's own registration: no participant id is read from the request.
/// </summary>
public class SiteVisitModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, SiteVisitDesk desk, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public string Slug { get; private set; } = "";
    public string EventTitle { get; private set; } = "";
    public SiteVisit Visit { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public string Host { get; private set; } = "";
    public string When { get; private set; } = "";
    public string ClosesAt { get; private set; } = "";
    public bool Closed { get; private set; }
    public Participant? Me { get; private set; }
    public SiteVisitSignup? Mine { get; private set; }
    public int WaitlistPosition { get; private set; }
    public bool PassportMissing { get; private set; }
    public IReadOnlyList<string> Conflicts { get; private set; } = [];

    [BindProperty]
    public bool RulesAccepted { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int visitId) => await LoadAsync(slug, visitId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int visitId)
    {
        if (!await LoadAsync(slug, visitId))
        {
            return NotFound();
        }

        if (Me is null)
        {
            return RedirectToPage("/Events/Register", new { slug });
        }

        try
        {
            var signup = await desk.SignUpAsync(visitId, Me.Id, RulesAccepted, HttpContext.RequestAborted);
            StatusMessage = signup.Status == SignupStatus.Confirmed
                ? L["You are signed up. See you at the meeting point."]
                : L["The visit is full: you are on the waitlist. We will email you if a seat frees up."];
            return RedirectToPage(new { slug, visitId });
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field ?? "", L[error.Message]);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, int visitId)
    {
        if (!await LoadAsync(slug, visitId) || Me is null)
        {
            return NotFound();
        }

        await desk.CancelAsync(visitId, Me.Id, HttpContext.RequestAborted);
        StatusMessage = L["Your sign-up is cancelled."];
        return RedirectToPage(new { slug, visitId });
    }

    private async Task<bool> LoadAsync(string slug, int visitId)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        var visit = ev is null || !ev.IsPublic ? null : await db.SiteVisits.AsNoTracking().SingleOrDefaultAsync(v => v.Id == visitId && v.EventId == ev.Id);
        if (visit is null)
        {
            return false;
        }

        var culture = CultureInfo.CurrentUICulture;
        Slug = slug;
        EventTitle = Display.Pick(ev!.Title, ev.LocalTitle, culture);
        Visit = visit;
        Title = Display.Pick(visit.Title, visit.LocalTitle, culture);
        var host = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == visit.HostOrganizationId);
        Host = Display.Pick(host.Name, host.LocalName, culture);
        When = $"{EventTimeZone.FormatInstant(visit.StartsAt, ev.Zone, culture)} – {EventTimeZone.ToLocal(visit.EndsAt, ev.Zone):HH:mm}";
        ClosesAt = EventTimeZone.FormatInstant(visit.SignupClosesAt, ev.Zone, culture);
        Closed = clock.GetUtcNow().UtcDateTime >= visit.SignupClosesAt;
        var userId = users.GetUserId(User);
        Me = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.EventId == ev.Id && p.UserId == userId);
        if (Me is not null)
        {
            Mine = await db.SiteVisitSignups.AsNoTracking().SingleOrDefaultAsync(s => s.SiteVisitId == visitId && s.ParticipantId == Me.Id && s.Status != SignupStatus.Cancelled);
            WaitlistPosition = Mine is null ? 0 : await desk.WaitlistPositionAsync(Mine, HttpContext.RequestAborted);
            PassportMissing = visit.PassportRequired && !await db.PassportDetails.AnyAsync(p => p.ParticipantId == Me.Id);
            Conflicts = Mine is null ? await desk.ConflictsAsync(visit, Me.Id, HttpContext.RequestAborted) : [];
        }

        return true;
    }
}
