using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Features.Notifications;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Pdf;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Privacy;
using DialogueOps.Web.Pages.Secretariat;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.SiteVisits;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>
/// One visit for the secretariat: confirmed visitors and the waitlist, the security manifest and bus lists as PDFs, and
/// sending the manifest to the host's contact. Passport numbers are printed (and the reading audited) only when the host requires them.
/// </summary>
public class SiteVisitModel(DialogueOpsDbContext db, CurrentEvent currentEvent, PassportVault vault, Outbox outbox,
    UserManager<ApplicationUser> users, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed record Waiting(int Position, string Name, string Nationality);

    public int EventId { get; private set; }
    public SiteVisit Visit { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public ManifestData Manifest { get; private set; } = null!;
    public IReadOnlyList<Waiting> Waitlist { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int visitId)
    {
        if (await LoadAsync(id, visitId, showPassportNumbers: false) is { } denied)
        {
            return denied;
        }

        var waiting = await (from s in db.SiteVisitSignups.AsNoTracking()
                             join p in db.Participants.AsNoTracking() on s.ParticipantId equals p.Id
                             where s.SiteVisitId == visitId && s.Status == SignupStatus.Waitlisted
                             orderby s.WaitlistPosition
                             select new { p.GivenName, p.FamilyName, p.NameOrder, p.Nationality }).ToListAsync();
        Waitlist = waiting.Select((w, i) => new Waiting(i + 1, Domain.Delegations.Participant.InOrder(w.GivenName, w.FamilyName, w.NameOrder), w.Nationality)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetManifestAsync(int id, int visitId)
    {
        if (await LoadAsync(id, visitId, showPassportNumbers: true) is { } denied)
        {
            return denied;
        }

        return File(new SecurityManifestDocument(Manifest, clock.GetUtcNow().UtcDateTime).GeneratePdf(), "application/pdf", $"manifest-{Slug(Visit.Title)}.pdf");
    }

    public async Task<IActionResult> OnGetBusesAsync(int id, int visitId)
    {
        if (await LoadAsync(id, visitId, showPassportNumbers: false) is { } denied)
        {
            return denied;
        }

        return File(new BusListDocument(Manifest, clock.GetUtcNow().UtcDateTime).GeneratePdf(), "application/pdf", $"bus-lists-{Slug(Visit.Title)}.pdf");
    }

    /// <summary>Queues the manifest for the host's contact, on the secretariat's demand; the outbox writes it (as it then stands) and sends it.</summary>
    public async Task<IActionResult> OnPostSendAsync(int id, int visitId)
    {
        if (await LoadAsync(id, visitId, showPassportNumbers: false) is { } denied)
        {
            return denied;
        }

        if (Visit.HostContactEmail is null)
        {
            StatusMessage = L["The visit has no host contact email; add one on the visit's settings."];
            return RedirectToPage(new { id, visitId });
        }

        outbox.Add(Notification.Announce(id, NotificationKind.HostManifest, Visit.HostContactEmail, "SiteVisit", visitId, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        outbox.SendCommitted();
        StatusMessage = L["The manifest will be sent to {0} in a moment; the outbox shows when it has gone.", Visit.HostContactEmail];
        return RedirectToPage(new { id, visitId });
    }

    private async Task<IActionResult?> LoadAsync(int id, int visitId, bool showPassportNumbers)
    {
        var ev = currentEvent.Event;
        var manifest = await ManifestData.LoadAsync(db, vault, id, visitId, users.GetUserId(User), showPassportNumbers, HttpContext.RequestAborted);
        if (manifest is null)
        {
            return NotFound();
        }

        EventId = id;
        Manifest = manifest;
        Visit = await db.SiteVisits.AsNoTracking().SingleAsync(v => v.Id == visitId);
        Title = Display.Pick(Visit.Title, Visit.LocalTitle, CultureInfo.CurrentUICulture);
        return null;
    }

    private static string Slug(string title) => new(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
