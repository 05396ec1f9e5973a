using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

/// <summary>A new event made through the organizer's form, as a team starting from nothing does (not the seeded demo).</summary>
public static class NewEvent
{
    public const string Form = "form[method=post]:not([action^='/Culture']):not([action*='Logout'])";

    public static async Task<int> CreateAsync(DialogueOpsFactory factory, HttpClient organizer, string slug, string title, string city = "Jakarta", string zone = "Asia/Jakarta", int capacity = 80)
    {
        var created = await organizer.SubmitAsync("/organize/events/new", Form, new Dictionary<string, string?>
        {
            ["Input.Title"] = title, ["Input.Slug"] = slug, ["Input.City"] = city, ["Input.Venue"] = $"{city} Convention Center",
            ["Input.TimeZoneId"] = zone, ["Input.StartDate"] = "2028-05-10", ["Input.EndDate"] = "2028-05-11", ["Input.Capacity"] = capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.RegistrationOpensAt"] = "2027-12-01T09:00", ["Input.RegistrationClosesAt"] = "2028-04-30T17:00",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync());
    }
}
