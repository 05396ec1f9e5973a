using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Pdf;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DialogueOps.Web.Pages.Me;

/// <summary>The signed-in participant's own itinerary; there is no id in the route, so nobody can ask for another's.</summary>
public class ItineraryModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    public ItineraryData? Itinerary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? @event)
    {
        Itinerary = await ItineraryData.LoadAsync(db, users.GetUserId(User)!, @event);
        return Itinerary is null && @event is not null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(string? @event)
    {
        var itinerary = await ItineraryData.LoadAsync(db, users.GetUserId(User)!, @event);
        if (itinerary is null)
        {
            return NotFound();
        }

        return File(new ItineraryDocument(itinerary, clock.GetUtcNow().UtcDateTime).GeneratePdf(), "application/pdf", $"{itinerary.EventSlug}-itinerary.pdf");
    }

    public string Local(DateTime utc) => EventTimeZone.ToLocal(utc, Itinerary!.Zone).ToString("g", CultureInfo.CurrentUICulture);

    public string Time(DateTime utc) => EventTimeZone.ToLocal(utc, Itinerary!.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
}
