using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Web.Features.Notifications;
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
using DialogueOps.Web.Pages.Events;

namespace DialogueOps.Web.Pages.Events.Registration;

/// <summary>
/// The delegate corrects their own registration until the event's edit cutoff. Category and country represented count
/// against quotas, so only the secretariat changes those.
/// </summary>
public class EditModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ProtocolRanks ranks, RegistrationDesk desk, Outbox outbox, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string? Closed { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await LoadAsync(slug) is not { } found)
        {
            return NotFound();
        }

        var (ev, p) = found;
        var organization = await db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync();
        Input = new RegistrationInput
        {
            Honorific = p.Honorific, GivenName = p.GivenName, FamilyName = p.FamilyName, NameOrder = p.NameOrder, NativeName = p.NativeName,
            Position = p.Position ?? "", Organization = organization ?? "", Nationality = p.Nationality, CountryRepresented = p.Nationality,
            Category = p.Category, Phone = p.Phone, DietaryNeeds = p.DietaryNeeds, AccessibilityNeeds = p.AccessibilityNeeds,
            InterpretationLanguage = p.InterpretationLanguage, ArrivalFlight = p.ArrivalFlight, DepartureFlight = p.DepartureFlight, Hotel = p.Hotel,
            ArrivalAt = p.ArrivalAt is { } a ? EventTimeZone.ToLocal(a, ev.Zone) : null,
            DepartureAt = p.DepartureAt is { } d ? EventTimeZone.ToLocal(d, ev.Zone) : null, Consent = true,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (await LoadAsync(slug) is not { } found)
        {
            return NotFound();
        }

        var (ev, p) = found;
        if (Closed is not null)
        {
            return Page();
        }

        // What the delegate cannot change here is taken from the record, not from the form.
        Input.Category = p.Category;
        Input.CountryRepresented = p.Nationality;
        Input.Consent = true;
        ModelState.Remove("Input.CountryRepresented");
        ModelState.Remove("Input.Category");
        foreach (var (field, message) in Input.Problems())
        {
            ModelState.AddModelError($"Input.{field}", L[message]);
        }

        if (!Countries.IsKnown(Input.Nationality))
        {
            ModelState.AddModelError("Input.Nationality", L["Unknown country."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = p.KeyFields;
        var statusBefore = p.Status;
        var organizationId = await OrganizationPicker.FindOrCreateAsync(db, Input.Organization, Input.Nationality!);
        p.Rename(new PersonName(Input.Honorific, Input.GivenName, Input.FamilyName, Input.NameOrder, Input.NativeName));
        p.ChangeNationality(Input.Nationality!);
        p.SetContact(p.Email, Input.Phone);
        var positionBefore = p.Position;
        p.SetAffiliation(Input.Position, organizationId);
        if (p.Position != positionBefore)
        {
            // Only a new position moves the person in protocol order; saving dietary needs must not.
            p.RankByPosition(ranks);
        }
        p.SetNeeds(Input.DietaryNeeds, Input.AccessibilityNeeds, Input.InterpretationLanguage);
        p.SetTravel(Input.ArrivalAt is { } a ? EventTimeZone.ToUtc(a, ev.Zone) : null, Input.ArrivalFlight,
            Input.DepartureAt is { } d ? EventTimeZone.ToUtc(d, ev.Zone) : null, Input.DepartureFlight, string.IsNullOrWhiteSpace(Input.Hotel) ? null : Input.Hotel.Trim());
        if (p.ReturnToReviewIfChanged(before))
        {
            db.ParticipantStatusChanges.Add(new ParticipantStatusChange(p.Id, statusBefore, p.Status, clock.GetUtcNow().UtcDateTime, p.UserId,
                "Name, nationality or position changed after confirmation: back to review"));
            StatusMessage = L["Saved. Because you changed your name, nationality or position, the secretariat will review your registration again."];
        }
        else
        {
            StatusMessage = L["Saved."];
        }

        if (p.Status != statusBefore)
        {
            desk.Announce(ev, p);
        }

        await db.SaveChangesAsync();
        outbox.SendCommitted();

        return RedirectToPage("/Events/Registration", new { slug });
    }

    private async Task<(Domain.Events.Event Event, Participant Participant)?> LoadAsync(string slug)
    {
        Slug = slug;
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        var userId = users.GetUserId(User);
        var participant = ev is null ? null : await db.Participants.SingleOrDefaultAsync(p => p.EventId == ev.Id && p.UserId == userId);
        if (ev is null || participant is null)
        {
            return null;
        }

        if (!ev.AcceptsRegistrationEdits(clock.GetUtcNow().UtcDateTime))
        {
            Closed = L["Changes are closed for this event. Write to the secretariat if something must change."];
        }
        else if (participant.Status is ParticipantStatus.Cancelled or ParticipantStatus.Declined)
        {
            Closed = L["This registration is already closed."];
        }

        return (ev, participant);
    }
}
