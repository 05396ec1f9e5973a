using System.ComponentModel.DataAnnotations;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.Web.Infrastructure.Privacy;
using DialogueOps.Web.Pages.Secretariat;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.VisaLetters;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>
/// One request as the secretariat reviews it: the registration beside the passport data (each opening is audited), and the
/// decisions: approve, ask for information, reject, issue, revoke.
/// </summary>
public class VisaLetterModel(DialogueOpsDbContext db, CurrentEvent currentEvent, VisaLetterDesk desk, PassportVault vault,
    UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty]
    [StringLength(VisaLetterRequest.ReasonMaxLength, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason or question (the delegate reads it)")]
    public string? Reason { get; set; }

    public int EventId { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public VisaLetterRequest Letter { get; private set; } = null!;
    public Participant Person { get; private set; } = null!;
    public string? Organization { get; private set; }
    public string? Delegation { get; private set; }
    public PassportSecrets? Passport { get; private set; }
    public string VerificationUrl => desk.VerificationUrl(Letter.VerificationCode);

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int requestId)
    {
        if (await LoadAsync(id, requestId) is { } denied)
        {
            return denied;
        }

        Passport = vault.Open(Letter.ProtectedPassportNumber, Letter.ProtectedDateOfBirth, Letter.ParticipantId, users.GetUserId(User), PassportUse.StaffReview);
        await db.SaveChangesAsync();
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(int id, int requestId) =>
        DecideAsync(id, requestId, () => desk.ApproveAsync(id, requestId, Reviewer, HttpContext.RequestAborted), "Approved.");

    public Task<IActionResult> OnPostAskAsync(int id, int requestId) =>
        DecideAsync(id, requestId, () => desk.AskForInformationAsync(id, requestId, Reviewer, Reason, HttpContext.RequestAborted), "The delegate was asked for more information.");

    public Task<IActionResult> OnPostRejectAsync(int id, int requestId) =>
        DecideAsync(id, requestId, () => desk.RejectAsync(id, requestId, Reviewer, Reason, HttpContext.RequestAborted), "Rejected. The delegate was notified by email.");

    public Task<IActionResult> OnPostRevokeAsync(int id, int requestId) =>
        DecideAsync(id, requestId, () => desk.RevokeAsync(id, requestId, Reviewer, Reason, HttpContext.RequestAborted), "Revoked. The verification page now says so.");

    public Task<IActionResult> OnPostIssueAsync(int id, int requestId) =>
        DecideAsync(id, requestId, () => desk.IssueAsync(id, requestId, Reviewer, HttpContext.RequestAborted), "Issued and emailed to the delegate.");

    public async Task<IActionResult> OnGetPdfAsync(int id, int requestId)
    {
        if (await LoadAsync(id, requestId) is { } denied)
        {
            return denied;
        }

        var pdf = await desk.LetterPdfAsync(Letter, users.GetUserId(User), PassportUse.StaffReview, HttpContext.RequestAborted);
        return pdf is null ? NotFound() : File(pdf, "application/pdf", $"invitation-letter-{Letter.ReferenceNumber}.pdf");
    }

    public string Local(DateTime utc) => EventTimeZone.FormatInstant(utc, Zone, System.Globalization.CultureInfo.CurrentUICulture);

    private string Reviewer => users.GetUserId(User)!;

    private async Task<IActionResult> DecideAsync(int id, int requestId, Func<Task> decide, string done)
    {
        if (await LoadAsync(id, requestId) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            StatusMessage = L["At most 1000 characters."];
            return RedirectToPage(new { id, requestId });
        }

        try
        {
            await decide();
            StatusMessage = L[done];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id, requestId });
    }

    private async Task<IActionResult?> LoadAsync(int id, int requestId)
    {
        var ev = currentEvent.Event;
        var request = await db.VisaLetterRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.EventId == id);
        if (request is null)
        {
            return NotFound();
        }

        EventId = id;
        Zone = ev.Zone;
        Letter = request;
        Person = await db.Participants.AsNoTracking().SingleAsync(p => p.Id == request.ParticipantId);
        Organization = await db.Organizations.Where(o => o.Id == Person.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync();
        Delegation = await db.Delegations.Where(d => d.Id == Person.DelegationId).Select(d => d.CountryCode).FirstOrDefaultAsync();
        return null;
    }
}
