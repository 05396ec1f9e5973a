using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DialogueOps.Domain.Delegations;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.CheckIn;

/// <summary>On its own database, so the counts are exactly what this test scanned.</summary>
public class AttendanceDashboardTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task The_organizer_dashboard_counts_check_ins_per_day_and_session_by_country_and_category()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var dashboard = $"/secretariat/events/{eventId}/dashboard";
        Assert.NotNull((await organizer.GetPageAsync(dashboard)).QuerySelector("#no-attendance"));

        var people = await factory.WithDbAsync(db => db.Participants.Where(p => p.Nationality == "TH" && p.Status == ParticipantStatus.Confirmed).Select(p => p.Id).Take(2).ToListAsync());
        var session = await factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync());
        foreach (var (id, at) in new[] { (people[0], "day:2027-07-08"), (people[1], "day:2027-07-08"), (people[0], "day:2027-07-09"), (people[0], $"session:{session}") })
        {
            var desk = await organizer.GetPageAsync($"/checkin/events/{eventId}?at={Uri.EscapeDataString(at)}&q=a");
            var token = desk.QuerySelector("#scan-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var post = await organizer.PostAsync($"/checkin/events/{eventId}?handler=Person", new FormUrlEncodedContent(
                [new("at", at), new("participantId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        }

        var page = await organizer.GetPageAsync(dashboard);
        var counts = page.QuerySelectorAll("#attendance a").ToDictionary(a => Uri.UnescapeDataString(a.GetAttribute("href")!.Split("at=")[1]), a => a.TextContent.Trim());
        Assert.Equal(new Dictionary<string, string> { ["day:2027-07-08"] = "2", ["day:2027-07-09"] = "1", [$"session:{session}"] = "1" }, counts);
        Assert.Contains("Thailand", page.QuerySelector("#attendance-by-country")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("2", page.QuerySelector("#attendance-by-country tr")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
