using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Features.Registration;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>
/// The secretariat changes what the delegate cannot: category and delegation (they count against quotas, so with a reason
/// the history keeps), and keeps contact, needs, travel and hotel up to date for people who write in instead of signing in.
/// </summary>
public class ParticipantEditModel(DialogueOpsDbContext db, CurrentEvent currentEvent, RegistrationDesk desk, UserManager<ApplicationUser> users,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed class MoveInput
    {
        [Display(Name = "Category")]
        public ParticipantCategory Category { get; set; }

        [Display(Name = "Country represented (delegation)")]
        public int? DelegationId { get; set; }

        [Display(Name = "Go over the quota if it is full")]
        public bool OverQuota { get; set; }

        [Required(ErrorMessage = "Give a reason: the registration's history keeps it.")]
        [StringLength(500, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }

    public sealed class DetailsInput
    {
        [StringLength(50, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Phone")]
        public string? Phone { get; set; }

        [StringLength(300, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Dietary needs")]
        public string? DietaryNeeds { get; set; }

        [StringLength(300, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Accessibility needs")]
        public string? AccessibilityNeeds { get; set; }

        [StringLength(20, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Interpretation language")]
        public string? InterpretationLanguage { get; set; }

        [Display(Name = "Arrival")]
        public DateTime? ArrivalAt { get; set; }

        [StringLength(20, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Arrival flight")]
        public string? ArrivalFlight { get; set; }

        [Display(Name = "Departure")]
        public DateTime? DepartureAt { get; set; }

        [StringLength(20, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Departure flight")]
        public string? DepartureFlight { get; set; }

        [StringLength(200, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Hotel")]
        public string? Hotel { get; set; }
    }

    [BindProperty]
    public MoveInput Move { get; set; } = new();

    [BindProperty]
    public DetailsInput Details { get; set; } = new();

    public int EventId => currentEvent.Id;
    public Participant Person { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Country)> Delegations { get; private set; } = [];
    public string ZoneDescription { get; private set; } = "";

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int participantId)
    {
        if (!await LoadAsync(id, participantId))
        {
            return NotFound();
        }

        var zone = currentEvent.Event.Zone;
        Move = new MoveInput { Category = Person.Category, DelegationId = Person.DelegationId };
        Details = new DetailsInput
        {
            Phone = Person.Phone, DietaryNeeds = Person.DietaryNeeds, AccessibilityNeeds = Person.AccessibilityNeeds, InterpretationLanguage = Person.InterpretationLanguage,
            ArrivalAt = Person.ArrivalAt is { } a ? EventTimeZone.ToLocal(a, zone) : null, ArrivalFlight = Person.ArrivalFlight,
            DepartureAt = Person.DepartureAt is { } d ? EventTimeZone.ToLocal(d, zone) : null, DepartureFlight = Person.DepartureFlight, Hotel = Person.Hotel,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int participantId)
    {
        if (!await LoadAsync(id, participantId))
        {
            return NotFound();
        }

        Validate(nameof(Move));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var outcome = await desk.ReassignAsync(currentEvent.Event, participantId, Move.Category, Move.DelegationId, Move.OverQuota, users.GetUserId(User)!,
                Move.Reason!, HttpContext.RequestAborted);
            StatusMessage = outcome == ReassignOutcome.Moved ? L["Moved. The history keeps the reason."] : L["Nothing changed."];
            return RedirectToPage("/Secretariat/Events/Participant", new { id, participantId });
        }
        catch (QuotaFullException full)
        {
            ModelState.AddModelError("Move.OverQuota", L["That quota is full ({0} of {1} places). Tick “Go over the quota” to move the person anyway.", full.Used, full.Limit]);
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field is null ? "" : $"Move.{error.Field}", L[error.Message]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync(int id, int participantId)
    {
        if (!await LoadAsync(id, participantId))
        {
            return NotFound();
        }

        Validate(nameof(Details));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var zone = currentEvent.Event.Zone;
        var person = await db.Participants.SingleAsync(p => p.Id == participantId);
        try
        {
            person.SetContact(person.Email, Details.Phone);
            person.SetNeeds(Details.DietaryNeeds, Details.AccessibilityNeeds, Details.InterpretationLanguage);
            person.SetTravel(Details.ArrivalAt is { } a ? EventTimeZone.ToUtc(a, zone) : null, Blank(Details.ArrivalFlight),
                Details.DepartureAt is { } d ? EventTimeZone.ToUtc(d, zone) : null, Blank(Details.DepartureFlight), Blank(Details.Hotel));
            await db.SaveChangesAsync();
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field is null ? "" : $"Details.{error.Field}", L[error.Message]);
            return Page();
        }

        StatusMessage = L["Saved."];
        return RedirectToPage("/Secretariat/Events/Participant", new { id, participantId });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Each form posts alone: the other form's fields are not this post's business.</summary>
    private void Validate(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private async Task<bool> LoadAsync(int id, int participantId)
    {
        var person = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == participantId && p.EventId == id);
        if (person is null)
        {
            return false;
        }

        Person = person;
        var chinese = Display.IsChinese(CultureInfo.CurrentUICulture);
        Delegations = (await db.Delegations.AsNoTracking().Where(d => d.EventId == id).Select(d => new { d.Id, d.CountryCode }).ToListAsync())
            .Select(d => (d.Id, Countries.Name(d.CountryCode, chinese))).OrderBy(d => d.Item2, StringComparer.Create(CultureInfo.CurrentUICulture, true)).ToList();
        ZoneDescription = EventTimeZone.Describe(currentEvent.Event.Zone, currentEvent.Event.UtcSpan().StartsAtUtc.AddHours(12), CultureInfo.CurrentUICulture);
        return true;
    }
}
