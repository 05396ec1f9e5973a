using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Pdf;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DialogueOps.Web.Features.Itinerary;

namespace DialogueOps.Web.Pages.Me;

/// <summary>The signed-in participant's own itinerary; there is no id in the route, so nobody can ask for another's.</summary>
public class ItineraryModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    public ItineraryData? Itinerary { get; private set; }

    /// <summary>The person's own zone from their profile, when it differs from the event's.</summary>
    public TimeZoneInfo? OwnZone { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? @event)
    {
        Itinerary = await ItineraryData.LoadAsync(db, users.GetUserId(User)!, @event);
        if (Itinerary is not null && EventTimeZone.TryFind((await users.GetUserAsync(User))?.TimeZoneId, out var own)
            && own.BaseUtcOffset != Itinerary.Zone.BaseUtcOffset)
        {
            OwnZone = own;
        }

        return Itinerary is null && @event is not null ? NotFound() : Page();
    }

    /// <summary>"15:00 (UTC+7)": the same instant in the person's own zone.</summary>
    public string Own(DateTime utc) => OwnZone is null ? "" :
        $"{EventTimeZone.ToLocal(utc, OwnZone).ToString("ddd HH:mm", CultureInfo.CurrentUICulture)} ({EventTimeZone.OffsetLabel(OwnZone, utc)})";

    public async Task<IActionResult> OnGetPdfAsync(string? @event)
    {
        var itinerary = await ItineraryData.LoadAsync(db, users.GetUserId(User)!, @event);
        if (itinerary is null)
        {
            return NotFound();
        }

        return File(new ItineraryDocument(itinerary, clock.GetUtcNow().UtcDateTime).GeneratePdf(), "application/pdf", $"{itinerary.EventSlug}-itinerary.pdf");
    }

    /// <summary>"Thu, July 8 10:40" / "7月8日 周四 10:40": always the 24-hour clock, like the agenda.</summary>
    public string Local(DateTime utc)
    {
        var local = EventTimeZone.ToLocal(utc, Itinerary!.Zone);
        var culture = CultureInfo.CurrentUICulture;
        return $"{local.ToString("ddd", culture)} {local.ToString("m", culture)} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    public string Time(DateTime utc) => EventTimeZone.ToLocal(utc, Itinerary!.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
}
