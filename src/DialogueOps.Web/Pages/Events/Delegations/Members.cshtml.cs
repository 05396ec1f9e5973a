using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Pages.Secretariat;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.Registration;

namespace DialogueOps.Web.Pages.Events.Delegations;

/// <summary>A focal point's view of their own delegation: members and their status, quotas, nominate, substitute, withdraw.</summary>
public class MembersModel(
    DialogueOpsDbContext db, CurrentEvent currentEvent, RegistrationDesk desk, UserManager<ApplicationUser> users,
    IStringLocalizer<SharedResource> L, ProtocolRanks ranks) : PageModel
{
    public sealed class NomineeInput
    {
        [StringLength(50, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Honorific (Dr., H.E., Prof. …)")]
        public string? Honorific { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [StringLength(100, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Given name (Latin letters)")]
        public string GivenName { get; set; } = "";

        [Required(ErrorMessage = "This field is required.")]
        [StringLength(100, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Family name (Latin letters)")]
        public string FamilyName { get; set; } = "";

        [Display(Name = "Name order")]
        public NameOrder NameOrder { get; set; }

        [StringLength(200, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Name in native script (optional)")]
        public string? NativeName { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [StringLength(300, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Position")]
        public string? Position { get; set; }

        [Display(Name = "Category")]
        public ParticipantCategory Category { get; set; } = ParticipantCategory.Expert;

        /// <summary>Set when the nominee replaces a member.</summary>
        [Display(Name = "Replaces")]
        public int? Replaces { get; set; }
    }

    [BindProperty]
    public NomineeInput Nominee { get; set; } = new();

    public int EventId { get; private set; }
    public int DelegationId { get; private set; }
    public string CountryName { get; private set; } = "";
    public string EventTitle { get; private set; } = "";
    public IReadOnlyList<ParticipantRow> Members { get; private set; } = [];

    /// <summary>Each member's latest visa-letter status: the focal point follows progress, never the passport data.</summary>
    public IReadOnlyDictionary<int, Domain.VisaLetters.VisaLetterStatus> VisaLetters { get; private set; } = new Dictionary<int, Domain.VisaLetters.VisaLetterStatus>();
    public IReadOnlyList<(ParticipantCategory Category, int Used, int Max)> Quotas { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int eventId, int delegationId) => await LoadAsync(eventId, delegationId) ?? Page();

    public async Task<IActionResult> OnPostNominateAsync(int eventId, int delegationId)
    {
        if (await LoadAsync(eventId, delegationId) is { } denied)
        {
            return denied;
        }

        var email = (Nominee.Email ?? "").Trim();
        var earlier = ModelState.IsValid
            ? await db.Participants.AsNoTracking().Where(p => p.EventId == eventId && p.Email == email).Select(p => new { p.Id, p.Status }).SingleOrDefaultAsync()
            : null;
        var comesBack = earlier is { Status: ParticipantStatus.Cancelled or ParticipantStatus.Declined };
        if (earlier is not null && !comesBack)
        {
            ModelState.AddModelError("Nominee.Email", L["Someone with this email is already registered for the event."]);
        }

        if (comesBack && Nominee.Replaces is not null)
        {
            ModelState.AddModelError("Nominee.Replaces", L["A withdrawn person is nominated again on their own: withdraw the member they replace separately."]);
        }

        if (Nominee.Replaces is { } replaced && Members.All(m => m.Id != replaced || m.Status is ParticipantStatus.Cancelled or ParticipantStatus.Declined))
        {
            ModelState.AddModelError("Nominee.Replaces", L["Choose a current member of your delegation."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var ev = currentEvent.Event;
        var delegation = await db.Delegations.AsNoTracking().SingleAsync(d => d.Id == delegationId);
        var me = users.GetUserId(User)!;
        if (comesBack)
        {
            try
            {
                await desk.RenominateAsync(ev, earlier!.Id, p =>
                {
                    p.Rename(new PersonName(Nominee.Honorific, Nominee.GivenName, Nominee.FamilyName, Nominee.NameOrder, Nominee.NativeName));
                    p.ChangeNationality(delegation.CountryCode);
                    p.SetCategory(Nominee.Category);
                    p.SetAffiliation(Nominee.Position, p.OrganizationId);
                    p.RankByPosition(ranks);
                    p.AssignDelegation(delegationId);
                }, me, HttpContext.RequestAborted);
            }
            catch (DomainException error)
            {
                ModelState.AddModelError(error.Field is null ? "" : $"Nominee.{error.Field}", L[error.Message]);
                return Page();
            }

            StatusMessage = L["The person was nominated again and invited by email."];
            return RedirectToPage(new { eventId, delegationId });
        }

        Participant nominee;
        try
        {
            nominee = new Participant(eventId, new PersonName(Nominee.Honorific, Nominee.GivenName, Nominee.FamilyName, Nominee.NameOrder, Nominee.NativeName),
                email, delegation.CountryCode, Nominee.Category);
            nominee.SetAffiliation(Nominee.Position, null);
            nominee.RankByPosition(ranks);
            nominee.AssignDelegation(delegationId);
            nominee.MarkNominated();
            if (await users.FindByEmailAsync(email) is { } account)
            {
                nominee.LinkAccount(account.Id);
            }
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field is null ? "" : $"Nominee.{error.Field}", L[error.Message]);
            return Page();
        }

        if (Nominee.Replaces is { } leaving)
        {
            await desk.SubstituteAsync(ev, leaving, nominee, me, HttpContext.RequestAborted);
        }
        else
        {
            await desk.RegisterAsync(ev, nominee, me, HttpContext.RequestAborted, NotificationKind.Nominated);
        }

        StatusMessage = nominee.Status == ParticipantStatus.Waitlisted
            ? L["The nominee is on the waitlist: the quota for this category is used."]
            : L["The nominee was added and invited by email."];
        return RedirectToPage(new { eventId, delegationId });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int eventId, int delegationId, int participantId)
    {
        if (await LoadAsync(eventId, delegationId) is { } denied)
        {
            return denied;
        }

        if (Members.All(m => m.Id != participantId))
        {
            return NotFound();
        }

        var ev = currentEvent.Event;
        try
        {
            await desk.CancelAsync(ev, participantId, users.GetUserId(User), "Withdrawn by the focal point", HttpContext.RequestAborted);
            StatusMessage = L["The member was withdrawn."];
        }
        catch (DomainException error)
        {
            // Withdrawn twice (two tabs, a double click): say what the state is.
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { eventId, delegationId });
    }

    private async Task<IActionResult?> LoadAsync(int eventId, int delegationId)
    {
        var delegation = await db.Delegations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == delegationId && d.EventId == eventId);
        if (delegation is null)
        {
            return NotFound();
        }

        var ev = currentEvent.Event;
        var chinese = Display.IsChinese(CultureInfo.CurrentUICulture);
        EventId = eventId;
        DelegationId = delegationId;
        CountryName = Countries.Name(delegation.CountryCode, chinese);
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, CultureInfo.CurrentUICulture);
        var members = (await ParticipantList.LoadAsync(db, eventId, new ParticipantFilter(null, null, null, null, null)))
            .Where(p => p.DelegationCountry == delegation.CountryCode).ToList();
        Members = members;
        var ids = members.Select(m => m.Id).ToList();
        VisaLetters = (await db.VisaLetterRequests.AsNoTracking().Where(r => ids.Contains(r.ParticipantId))
                .Select(r => new { r.Id, r.ParticipantId, r.Status }).ToListAsync())
            .GroupBy(r => r.ParticipantId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!.Status);
        Quotas = delegation.Quotas.Select(q => (q.Category, members.Count(m => m.Category == q.Category && Participant.HoldingPlace.Contains(m.Status)), q.Max)).ToList();
        return null;
    }
}
