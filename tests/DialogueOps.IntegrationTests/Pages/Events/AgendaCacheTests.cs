using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Events;

/// <summary>The public agenda comes from the output cache for anonymous readers, never stale after a change and never for the signed-in.</summary>
public class AgendaCacheTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Agenda = "/events/cattn-ai-dialogue-2027/agenda";

    [Fact]
    public async Task Anonymous_readers_share_a_cached_copy_per_language_that_a_saved_change_replaces_at_once()
    {
        var reader = factory.CreateBrowser();
        var first = await reader.GetAsync(Agenda);
        var second = await reader.GetAsync(Agenda);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);  // served from the cache
        Assert.False(second.Headers.Contains("Set-Cookie"));

        var chinese = factory.CreateBrowser();
        chinese.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dzh-Hans%7Cuic%3Dzh-Hans");
        Assert.Contains("议程", (await Browser.ParseAsync(await chinese.GetAsync(Agenda))).Title, StringComparison.Ordinal);
        Assert.DoesNotContain("议程", (await Browser.ParseAsync(await reader.GetAsync(Agenda))).Title, StringComparison.Ordinal);

        // An organizer adds a session through the editor; the next anonymous reader sees it.
        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        var room = await factory.WithDbAsync(db => db.Rooms.Where(r => r.EventId == eventId && r.Name == "Meeting Room B").Select(r => r.Id).FirstAsync());
        var saved = await organizer.SubmitAsync($"/organize/events/{eventId}/sessions", "#session-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Cache Drill Briefing", ["Input.LocalTitle"] = "缓存演练", ["Input.Kind"] = "Panel", ["Input.Day"] = "2027-07-08",
            ["Input.Start"] = "18:30", ["Input.End"] = "18:45", ["Input.RoomId"] = room.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await reader.GetAsync(Agenda);
        Assert.Null(after.Headers.Age);
        Assert.Contains("Cache Drill Briefing", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("缓存演练", (await chinese.GetPageAsync(Agenda)).Text(), StringComparison.Ordinal);

        // Signed-in readers get their own page every time (their names, zone and menu are on it).
        await organizer.GetAsync(Agenda);
        Assert.Null((await organizer.GetAsync(Agenda)).Headers.Age);
    }

    [Fact]
    public async Task The_agenda_pdf_is_cached_too_and_each_time_zone_choice_is_its_own_copy()
    {
        var reader = factory.CreateBrowser();
        await reader.GetAsync("/events/cattn-ai-dialogue-2027/agenda.pdf");
        var cached = await reader.GetAsync("/events/cattn-ai-dialogue-2027/agenda.pdf");
        Assert.Equal("application/pdf", cached.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(cached.Headers.Age);

        var yangon = await reader.GetAsync($"{Agenda}?tz=Asia/Yangon");
        Assert.Null(yangon.Headers.Age);
        Assert.Contains("Yangon", await yangon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
