using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class SiteVisitsTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private async Task<(HttpClient Client, int EventId)> OrganizerAsync()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));
        return (client, await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync()));
    }

    private static Dictionary<string, string?> Visit(string title) => new()
    {
        ["Input.HostOrganizationId"] = null, ["Input.Title"] = title, ["Input.StartsAt"] = "2027-07-09T14:00", ["Input.EndsAt"] = "2027-07-09T17:00",
        ["Input.Capacity"] = "30", ["Input.SecurityDataDeadline"] = "2027-07-02T18:00", ["Input.Vehicles"] = "Coach A, 20\nCoach B, 15",
        ["Input.MeetingPoint"] = "Hotel lobby", ["Input.HostContactEmail"] = "guests@ubtech.example.cn",
    };

    [Fact]
    public async Task An_organizer_creates_a_visit_with_vehicles_rules_and_a_deadline_in_the_events_zone()
    {
        var (client, eventId) = await OrganizerAsync();
        var url = $"/organize/events/{eventId}/site-visits";
        var page = await client.GetPageAsync(url);
        var values = Visit("Visit to the Qianhai Innovation Hub");
        values["Input.HostOrganizationId"] = page.QuerySelectorAll("#Input_HostOrganizationId option").Skip(1).First().GetAttribute("value");
        values["Input.Rules"] = "Business attire.";

        var response = await client.SubmitAsync(page, "#visit-form", values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visit = await factory.WithDbAsync(db => db.SiteVisits.AsNoTracking().SingleAsync(v => v.Title == "Visit to the Qianhai Innovation Hub"));
        Assert.Equal(new DateTime(2027, 7, 9, 6, 0, 0, DateTimeKind.Utc), visit.StartsAt);
        Assert.Equal(new DateTime(2027, 7, 2, 10, 0, 0, DateTimeKind.Utc), visit.SecurityDataDeadline);
        Assert.Equal(["Coach A", "Coach B"], visit.Vehicles.Select(v => v.Name));
        Assert.Equal(35, visit.Vehicles.Sum(v => v.Seats));
        Assert.Contains("Visit to the Qianhai Innovation Hub", (await client.GetPageAsync(url)).QuerySelector("#visits")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.Capacity", "0", "Capacity must be between 1 and 1,000.")]
    [InlineData("Input.Capacity", "-5", "Capacity must be between 1 and 1,000.")]
    [InlineData("Input.SecurityDataDeadline", "2027-07-09T15:00", "The security-data deadline must be before the visit.")]
    [InlineData("Input.EndsAt", "2027-07-09T13:00", "A visit must end after it starts.")]
    [InlineData("Input.Vehicles", "Coach A, twenty", "Write one vehicle per line")]
    [InlineData("Input.Vehicles", "Van, 10", "The vehicles seat fewer people than the capacity.")]
    public async Task Bad_input_is_refused_with_a_message_beside_the_field(string field, string value, string message)
    {
        var (client, eventId) = await OrganizerAsync();
        var url = $"/organize/events/{eventId}/site-visits";
        var page = await client.GetPageAsync(url);
        var values = Visit($"Refused visit {field} {value}");
        values["Input.HostOrganizationId"] = page.QuerySelectorAll("#Input_HostOrganizationId option").Skip(1).First().GetAttribute("value");
        values[field] = value;

        var response = await client.SubmitAsync(page, "#visit-form", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await Browser.ParseAsync(response);
        Assert.Contains(message, form.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.SiteVisits.AnyAsync(v => v.Title.StartsWith("Refused visit"))));
    }

    [Fact]
    public async Task Delegates_cannot_open_the_organizer_visit_pages()
    {
        var (_, eventId) = await OrganizerAsync();
        var delegateClient = factory.CreateBrowser();
        await delegateClient.SignInAsync(Browser.Demo("delegate"));

        var response = await delegateClient.GetAsync($"/organize/events/{eventId}/site-visits");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
