using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Registration;

namespace DialogueOps.Web.Pages.Events;

/// <summary>The signed-in person's own registration for one event: status, history, cancellation.</summary>
public class RegistrationModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, RegistrationDesk desk, IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed record HistoryRow(DateTime At, ParticipantStatus? From, ParticipantStatus To, string? Reason);

    public string Slug { get; private set; } = "";
    public string EventTitle { get; private set; } = "";
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public Participant? Registration { get; private set; }
    public int? WaitlistPosition { get; private set; }
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        if (ev is null)
        {
            return NotFound();
        }

        Slug = slug;
        Zone = ev.Zone;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, CultureInfo.CurrentUICulture);
        var userId = users.GetUserId(User);
        Registration = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.EventId == ev.Id && p.UserId == userId);
        if (Registration is null && (await users.GetUserAsync(User))?.Email is { } email
            && await db.Participants.SingleOrDefaultAsync(p => p.EventId == ev.Id && p.UserId == null && p.Email == email) is { } nominated)
        {
            // A focal point nominated this person before they had an account: the confirmed email claims the registration.
            nominated.LinkAccount(userId!);
            await db.SaveChangesAsync();
            Registration = nominated;
        }

        if (Registration is null)
        {
            return RedirectToPage("/Events/Register", new { slug });
        }

        if (Registration.Status == ParticipantStatus.Waitlisted)
        {
            WaitlistPosition = 1 + await db.Participants.CountAsync(p => p.EventId == ev.Id && p.Status == ParticipantStatus.Waitlisted
                && p.DelegationId == Registration.DelegationId && p.Category == Registration.Category
                && (p.WaitlistedAt < Registration.WaitlistedAt || (p.WaitlistedAt == Registration.WaitlistedAt && p.Id < Registration.Id)));
        }

        History = await db.ParticipantStatusChanges.AsNoTracking().Where(c => c.ParticipantId == Registration.Id).OrderBy(c => c.At)
            .Select(c => new HistoryRow(c.At, c.From, c.To, c.Reason)).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        var userId = users.GetUserId(User);
        var mine = ev is null ? null : await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.EventId == ev.Id && p.UserId == userId);
        if (mine is null)
        {
            return NotFound();
        }

        if (mine.Status is ParticipantStatus.Cancelled or ParticipantStatus.Declined)
        {
            StatusMessage = L["This registration is already closed."];
            return RedirectToPage(new { slug });
        }

        await desk.CancelAsync(ev!, mine.Id, userId, "Cancelled by the participant", HttpContext.RequestAborted);
        StatusMessage = L["Your registration is cancelled."];
        return RedirectToPage(new { slug });
    }

    [BindProperty]
    public bool Consent { get; set; }

    /// <summary>A nominee's yes: the nomination and the privacy notice, which nobody can give for them.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(string slug)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        var userId = users.GetUserId(User);
        var mine = ev is null ? null : await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.EventId == ev.Id && p.UserId == userId);
        if (mine is null)
        {
            return NotFound();
        }

        if (!Consent)
        {
            StatusMessage = L["Please agree to the privacy notice to accept the nomination."];
            return RedirectToPage(new { slug });
        }

        try
        {
            await desk.AcceptNominationAsync(ev!, mine.Id, RegisterModel.PrivacyNoticeVersion, HttpContext.RequestAborted);
            StatusMessage = L["Thank you: your registration goes to the secretariat for review."];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { slug });
    }

    /// <summary>Nominated, or waiting for a place without having said yes: the nominee's acceptance is still missing.</summary>
    public bool AwaitsAcceptance => Registration is { PrivacyConsentAt: null, Status: ParticipantStatus.Nominated or ParticipantStatus.Waitlisted };

    public string Local(DateTime utc) => EventTimeZone.FormatInstant(utc, Zone, CultureInfo.CurrentUICulture);
}
