using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Privacy;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.VisaLetters;

namespace DialogueOps.Web.Pages.Events;

/// <summary>
/// A delegate's own visa letter for one event: the request form, its status, answering a question, and the issued PDF.
/// Everything is found through the signed-in user, never through an id in the URL, so nobody can open someone else's.
/// </summary>
public class VisaLetterModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, VisaLetterDesk desk, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty]
    public VisaLetterInput Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string EventTitle { get; private set; } = "";
    public DateOnly EventStart { get; private set; }
    public DateOnly EventEnd { get; private set; }
    public string? Deadline { get; private set; }
    public bool DeadlinePassed { get; private set; }
    public int MinimumValidityMonths { get; private set; }
    public Participant? Registration { get; private set; }
    public VisaLetterRequest? Current { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The form shows for a first request (before the deadline) and for answering a question.</summary>
    public bool ShowForm => Registration is not null
        && (Current?.CanBeAmended == true || ((Current is null || Current.Status is VisaLetterStatus.Rejected or VisaLetterStatus.Revoked) && !DeadlinePassed));

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await LoadAsync(slug) is not { } ev)
        {
            return NotFound();
        }

        if (Registration is null)
        {
            return RedirectToPage("/Events/Register", new { slug });
        }

        var passport = await db.PassportDetails.AsNoTracking().SingleOrDefaultAsync(p => p.ParticipantId == Registration.Id);
        Input = new VisaLetterInput
        {
            // The clear-text parts are prefilled; the number and date of birth are typed again rather than decrypted into a page.
            NameAsInPassport = Current?.NameAsInPassport ?? passport?.NameAsInPassport ?? "",
            Nationality = Current?.Nationality ?? passport?.Nationality ?? Registration.Nationality,
            IssuingCountry = Current?.PassportIssuingCountry ?? passport?.IssuingCountry ?? Registration.Nationality,
            PassportExpiry = Current?.PassportExpiry ?? passport?.Expiry,
            Consulate = Current?.Consulate ?? "",
            EntryDate = Current?.EntryDate ?? ev.StartDate.AddDays(-1),
            ExitDate = Current?.ExitDate ?? ev.EndDate.AddDays(1),
            Note = Current?.Note,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (await LoadAsync(slug) is not { } ev || Registration is null)
        {
            return NotFound();
        }

        if (!ShowForm)
        {
            StatusMessage = DeadlinePassed && Current?.CanBeAmended != true
                ? L["The deadline for visa-letter requests has passed. Please write to the secretariat."]
                : L["This request can no longer be changed."];
            return RedirectToPage(new { slug });
        }

        if (Input.Reply?.Length > VisaLetterApplication.NoteMaxLength)
        {
            ModelState.AddModelError("Input.Reply", L["At most 2000 characters."]);
        }

        var application = Input.ToApplication();
        if (ModelState.IsValid)
        {
            var today = DateOnly.FromDateTime(EventTimeZone.ToLocal(clock.GetUtcNow().UtcDateTime, ev.Zone));
            foreach (var (field, message) in application.Validate(ev, ev.VisaLetters, today).All)
            {
                ModelState.AddModelError($"Input.{field}", L[message, ev.VisaLetters.MinimumValidityMonths]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (Current?.CanBeAmended == true)
            {
                var tracked = await db.VisaLetterRequests.SingleAsync(r => r.Id == Current.Id);
                await desk.AmendAsync(ev, Registration, tracked, application, Input.Reply, HttpContext.RequestAborted);
            }
            else
            {
                await desk.SubmitAsync(ev, Registration, application, HttpContext.RequestAborted);
            }
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field is null ? "" : $"Input.{error.Field}", L[error.Message]);
            return Page();
        }

        StatusMessage = L["Your request was sent to the secretariat. We will write to you by email."];
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnGetPdfAsync(string slug)
    {
        if (await LoadAsync(slug) is null || Current is null)
        {
            return NotFound();
        }

        var pdf = Current.Status == VisaLetterStatus.Issued
            ? await desk.LetterPdfAsync(Current, users.GetUserId(User), PassportUse.SubjectExport, HttpContext.RequestAborted)
            : null;
        return pdf is null ? NotFound() : File(pdf, "application/pdf", $"invitation-letter-{Current.ReferenceNumber}.pdf");
    }

    public string Status(VisaLetterStatus status) => L[StatusLabel(status)];

    public static string StatusLabel(VisaLetterStatus status) => status switch
    {
        VisaLetterStatus.NeedsInformation => "Needs information",
        _ => status.ToString(),
    };

    private async Task<Event?> LoadAsync(string slug)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        if (ev is null || !ev.IsPublic)
        {
            return null;
        }

        Slug = slug;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, CultureInfo.CurrentUICulture);
        EventStart = ev.StartDate;
        EventEnd = ev.EndDate;
        MinimumValidityMonths = ev.VisaLetters.MinimumValidityMonths;
        var deadline = ev.VisaRequestDeadline ?? ev.UtcSpan().StartsAtUtc;
        Deadline = EventTimeZone.FormatInstant(deadline, ev.Zone, CultureInfo.CurrentUICulture);
        DeadlinePassed = !ev.AcceptsVisaRequests(clock.GetUtcNow().UtcDateTime);
        var userId = users.GetUserId(User);
        Registration = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.EventId == ev.Id && p.UserId == userId);
        Current = Registration is null ? null
            : await db.VisaLetterRequests.AsNoTracking().Where(r => r.ParticipantId == Registration.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync();
        return ev;
    }
}
