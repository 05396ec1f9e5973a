using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Features.Registration;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Pages.Events;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>
/// The secretariat registers someone by hand (a form sent on paper, a name given on the phone). The person need not have an
/// account: the mail invites them to claim the registration with their address. Without their recorded consent the
/// registration waits for their own yes, as a nomination does.
/// </summary>
public class AddParticipantModel(DialogueOpsDbContext db, CurrentEvent currentEvent, RegistrationDesk desk, UserManager<ApplicationUser> users,
    ProtocolRanks ranks, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel, IParticipantFields
{
    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "This field is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Display(Name = "The person accepted the privacy notice (on paper or by email)")]
    public bool ConsentReceived { get; set; }

    public int EventId => currentEvent.Id;
    public string EventTitle => currentEvent.Title;
    public IReadOnlyList<string> DelegationCountries { get; private set; } = [];
    public IReadOnlyList<string> Organizations { get; private set; } = [];
    public string ZoneDescription { get; private set; } = "";
    public IReadOnlyList<ParticipantCategory> Categories => Enum.GetValues<ParticipantCategory>();

    public async Task OnGetAsync() => await DescribeAsync();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        await DescribeAsync();
        // The secretariat records consent separately (ConsentReceived); the person's own box is not theirs to tick.
        foreach (var (field, message) in Input.Problems().Where(p => p.Field is not nameof(RegistrationInput.Consent) and not nameof(RegistrationInput.Category)))
        {
            ModelState.AddModelError($"Input.{field}", L[message]);
        }

        ModelState.Remove("Input.Consent");
        if (!Countries.IsKnown(Input.Nationality))
        {
            ModelState.AddModelError("Input.Nationality", L["Unknown country."]);
        }

        var represented = Input.CountryRepresented?.ToUpperInvariant();
        if (!Countries.IsKnown(represented))
        {
            ModelState.AddModelError("Input.CountryRepresented", L["Unknown country."]);
        }
        else if (DelegationCountries.Count > 0 && !DelegationCountries.Contains(represented!))
        {
            ModelState.AddModelError("Input.CountryRepresented", L["This event has no delegation for that country. Add the delegation first, or choose another country."]);
        }

        var email = (Email ?? "").Trim();
        if (ModelState.IsValid && await db.Participants.AsNoTracking().Where(p => p.EventId == id && p.Email == email).Select(p => (int?)p.Id).SingleOrDefaultAsync() is { } existing)
        {
            ModelState.AddModelError(nameof(Email), L["Someone with this email is already registered for the event."]);
            ExistingId = existing;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var ev = currentEvent.Event;
        Participant person;
        try
        {
            person = new Participant(id, new PersonName(Input.Honorific, Input.GivenName, Input.FamilyName, Input.NameOrder, Input.NativeName),
                email, Input.Nationality!, Input.Category);
            person.SetContact(email, Input.Phone);
            person.SetAffiliation(Input.Position, await OrganizationPicker.FindOrCreateAsync(db, Input.Organization, represented!));
            person.RankByPosition(ranks);
            person.SetNeeds(Input.DietaryNeeds, Input.AccessibilityNeeds, Input.InterpretationLanguage);
            person.SetTravel(Input.ArrivalAt is { } a ? EventTimeZone.ToUtc(a, ev.Zone) : null, Input.ArrivalFlight,
                Input.DepartureAt is { } d ? EventTimeZone.ToUtc(d, ev.Zone) : null, Input.DepartureFlight, string.IsNullOrWhiteSpace(Input.Hotel) ? null : Input.Hotel.Trim());
            if (await db.Delegations.AsNoTracking().SingleOrDefaultAsync(x => x.EventId == id && x.CountryCode == represented) is { } delegation)
            {
                person.JoinDelegation(delegation);
            }

            if (await users.FindByEmailAsync(email) is { } account)
            {
                person.LinkAccount(account.Id);
            }

            if (ConsentReceived)
            {
                person.GiveConsent(RegisterModel.PrivacyNoticeVersion, clock.GetUtcNow().UtcDateTime);
            }
            else
            {
                person.MarkNominated();
            }
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field is null ? "" : $"Input.{error.Field}", L[error.Message]);
            return Page();
        }

        var status = await desk.RegisterAsync(ev, person, users.GetUserId(User), HttpContext.RequestAborted, NotificationKind.Nominated, RegistrationDesk.AddedBySecretariat);
        TempData["StatusMessage"] = status == ParticipantStatus.Waitlisted
            ? L["Added to the waitlist: the capacity or the delegation's quota is used. Confirm with a reason to go over it."].Value
            : L["Added. The person was invited by email to see the registration."].Value;
        return RedirectToPage("/Secretariat/Events/Participant", new { id, participantId = person.Id });
    }

    /// <summary>Set when the email is taken, so the page can link to that registration.</summary>
    public int? ExistingId { get; private set; }

    private async Task DescribeAsync()
    {
        var ev = currentEvent.Event;
        DelegationCountries = await db.Delegations.AsNoTracking().Where(d => d.EventId == ev.Id).Select(d => d.CountryCode).ToListAsync();
        Organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => o.Name).Take(500).ToListAsync();
        ZoneDescription = EventTimeZone.Describe(ev.Zone, ev.UtcSpan().StartsAtUtc.AddHours(12), CultureInfo.CurrentUICulture);
    }
}
