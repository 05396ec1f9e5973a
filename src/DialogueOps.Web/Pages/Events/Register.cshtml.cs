using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Registration;

namespace DialogueOps.Web.Pages.Events;

/// <summary>A signed-in person registers for an open event inside its registration window.</summary>
public class RegisterModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, RegistrationDesk desk, TimeProvider clock, IStringLocalizer<SharedResource> L, ProtocolRanks ranks) : PageModel, IParticipantFields
{
    public const string PrivacyNoticeVersion = "2027-01";

    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public string EventTitle { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string? Closed { get; private set; }
    public string ZoneDescription { get; private set; } = "";
    public string Email { get; private set; } = "";

    /// <summary>Known organizations to pick from; typing a new name creates one.</summary>
    public IReadOnlyList<string> Organizations { get; private set; } = [];

    /// <summary>The countries with a delegation at this event; when there are any, only they can be represented.</summary>
    public IReadOnlyList<string> DelegationCountries { get; private set; } = [];

    public IReadOnlyList<ParticipantCategory> Categories => RegistrationInput.SelfService;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        if (ev is null || !ev.IsPublic)
        {
            return NotFound();
        }

        var user = await users.GetUserAsync(User);
        if (await db.Participants.AnyAsync(p => p.EventId == ev.Id && (p.UserId == user!.Id || p.Email == user.Email)))
        {
            return RedirectToPage("/Events/Registration", new { slug });
        }

        Describe(ev, user!);
        Input.Nationality ??= "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        if (ev is null || !ev.IsPublic)
        {
            return NotFound();
        }

        var user = (await users.GetUserAsync(User))!;
        Describe(ev, user);
        if (Closed is not null)
        {
            return Page();
        }

        foreach (var (field, message) in Input.Problems())
        {
            ModelState.AddModelError($"Input.{field}", L[message]);
        }

        if (!Countries.IsKnown(Input.Nationality))
        {
            ModelState.AddModelError("Input.Nationality", L["Unknown country."]);
        }

        if (!Countries.IsKnown(Input.CountryRepresented))
        {
            ModelState.AddModelError("Input.CountryRepresented", L["Unknown country."]);
        }
        else if (DelegationCountries.Count > 0 && !DelegationCountries.Contains(Input.CountryRepresented!.ToUpperInvariant()))
        {
            // Accepting it would leave the person in no delegation: counted nowhere, seen by no focal point.
            ModelState.AddModelError("Input.CountryRepresented", L["This event has no delegation for that country. Choose the country whose delegation you belong to, or write to the secretariat."]);
        }

        if (await db.Participants.AnyAsync(p => p.EventId == ev.Id && (p.UserId == user.Id || p.Email == user.Email)))
        {
            ModelState.AddModelError("", L["You are already registered for this event."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var zone = ev.Zone;
        var participant = new Participant(ev.Id, new PersonName(Input.Honorific, Input.GivenName, Input.FamilyName, Input.NameOrder, Input.NativeName),
            user.Email!, Input.Nationality!, Input.Category);
        participant.SetContact(user.Email!, Input.Phone);
        participant.SetAffiliation(Input.Position, await OrganizationPicker.FindOrCreateAsync(db, Input.Organization, Input.CountryRepresented!));
        participant.RankByPosition(ranks);
        participant.SetNeeds(Input.DietaryNeeds, Input.AccessibilityNeeds, Input.InterpretationLanguage);
        participant.SetTravel(Input.ArrivalAt is { } a ? EventTimeZone.ToUtc(a, zone) : null, Input.ArrivalFlight,
            Input.DepartureAt is { } d ? EventTimeZone.ToUtc(d, zone) : null, Input.DepartureFlight, string.IsNullOrWhiteSpace(Input.Hotel) ? null : Input.Hotel.Trim());
        participant.GiveConsent(PrivacyNoticeVersion, clock.GetUtcNow().UtcDateTime);
        participant.LinkAccount(user.Id);
        var code = Input.CountryRepresented!.ToUpperInvariant();
        if (await db.Delegations.SingleOrDefaultAsync(x => x.EventId == ev.Id && x.CountryCode == code) is { } delegation)
        {
            participant.JoinDelegation(delegation);
        }

        var status = await desk.RegisterAsync(ev, participant, user.Id, HttpContext.RequestAborted);
        TempData["StatusMessage"] = status == ParticipantStatus.Waitlisted
            ? L["The event or your delegation's quota is full: you are on the waitlist. We will write as soon as a place is free."].Value
            : L["Your registration was received and is being reviewed by the secretariat."].Value;
        return RedirectToPage("/Events/Registration", new { slug });
    }

    private void Describe(Event ev, ApplicationUser user)
    {
        DelegationCountries = db.Delegations.AsNoTracking().Where(d => d.EventId == ev.Id).Select(d => d.CountryCode).ToList();
        Organizations = db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => o.Name).Take(500).ToList();
        var culture = CultureInfo.CurrentUICulture;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, culture);
        Slug = ev.Slug;
        Email = user.Email ?? "";
        ZoneDescription = EventTimeZone.Describe(ev.Zone, ev.UtcSpan().StartsAtUtc.AddHours(12), culture);
        var now = clock.GetUtcNow().UtcDateTime;
        if (ev.Status != EventStatus.Open || ev.RegistrationOpensAt > now)
        {
            Closed = L["Registration is not open yet."];
        }

        if (ev.RegistrationClosesAt < now || ev.Status == EventStatus.Closed)
        {
            Closed = L["Registration is closed."];
        }
    }
}
