using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.Registration;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>One registration as the secretariat reviews it: details, history, and the decision (mailed to the person).</summary>
public class ParticipantModel(DialogueOpsDbContext db, CurrentEvent currentEvent, RegistrationDesk desk, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> L, ProtocolRanks ranks) : PageModel
{
    public sealed record HistoryRow(DateTime At, ParticipantStatus? From, ParticipantStatus To, string? Reason);

    [BindProperty]
    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason (kept in the registration’s history, which the person can read)")]
    public string? Reason { get; set; }

    public int EventId { get; private set; }
    public Participant Person { get; private set; } = null!;
    public string? Organization { get; private set; }
    public string? DelegationCountry { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int participantId) => await LoadAsync(id, participantId) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, int participantId, ParticipantStatus decision)
    {
        if (await LoadAsync(id, participantId) is { } denied)
        {
            return denied;
        }

        if (decision == ParticipantStatus.Confirmed && Person.Status == ParticipantStatus.Waitlisted && string.IsNullOrWhiteSpace(Reason))
        {
            // Confirming from the waitlist goes over the capacity or quota: only with a reason, which the history keeps.
            ModelState.AddModelError(nameof(Reason), L["Give a reason to confirm someone over the capacity or quota."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var ev = currentEvent.Event;
        try
        {
            await desk.DecideAsync(ev, participantId, decision, users.GetUserId(User)!, Reason, HttpContext.RequestAborted);
            StatusMessage = L["Saved. The participant was notified by email."];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id, participantId });
    }

    public async Task<IActionResult> OnPostRankAsync(int id, int participantId, int? rank)
    {
        if (await LoadAsync(id, participantId) is { } denied)
        {
            return denied;
        }

        var person = await db.Participants.SingleAsync(p => p.Id == participantId);
        try
        {
            person.OverrideProtocolRank(rank, ranks);
            await db.SaveChangesAsync();
            StatusMessage = L["Saved."];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id, participantId });
    }

    public string Local(DateTime utc) => EventTimeZone.FormatInstant(utc, Zone, CultureInfo.CurrentUICulture);

    private async Task<IActionResult?> LoadAsync(int id, int participantId)
    {
        var ev = currentEvent.Event;
        var person = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == participantId && p.EventId == id);
        if (person is null)
        {
            return NotFound();
        }

        EventId = id;
        Zone = ev.Zone;
        Person = person;
        DelegationCountry = await db.Delegations.Where(d => d.Id == person.DelegationId).Select(d => d.CountryCode).FirstOrDefaultAsync();
        Organization = await db.Organizations.Where(o => o.Id == person.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync();
        History = await db.ParticipantStatusChanges.AsNoTracking().Where(c => c.ParticipantId == participantId).OrderBy(c => c.At)
            .Select(c => new HistoryRow(c.At, c.From, c.To, c.Reason)).ToListAsync();
        return null;
    }
}
