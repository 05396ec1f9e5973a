using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Events;

/// <summary>Delegates read one agenda from UTC+6:30 to UTC+9; every time names its zone and a late session keeps its date.</summary>
public class TimeZoneTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Slug = "cattn-ai-dialogue-2027";

    /// <summary>The welcome dinner moved to 22:30–00:30 Shenzhen time (14:30–16:30 UTC), across midnight.</summary>
    private async Task<int> LateDinnerAsync()
    {
        var dinner = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Title == "Welcome Dinner").Select(s => s.Id).SingleAsync());
        await MoveAsync(dinner, new DateTime(2027, 7, 8, 14, 30, 0, DateTimeKind.Utc), new DateTime(2027, 7, 8, 16, 30, 0, DateTimeKind.Utc));
        return dinner;
    }

    /// <summary>Through the entity and a save, as the session editor does, so the cached public agenda is dropped.</summary>
    private Task<int> MoveAsync(int sessionId, DateTime startsAtUtc, DateTime endsAtUtc) => factory.WithDbAsync(async db =>
    {
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
        session.Reschedule(startsAtUtc, endsAtUtc, session.RoomId);
        return await db.SaveChangesAsync();
    });

    [Theory]
    [InlineData("Asia/Yangon", "UTC+6:30", "21:00–23:00")]
    [InlineData("Asia/Bangkok", "UTC+7", "21:30–23:30")]
    [InlineData("Asia/Jayapura", "UTC+9", "23:30–01:30 (+1 day)")]
    public async Task The_agenda_shows_each_session_in_the_events_zone_and_the_readers_with_the_zones_named(string zone, string offset, string dinnerThere)
    {
        var dinner = await LateDinnerAsync();

        var page = await factory.CreateBrowser().GetPageAsync($"/events/{Slug}/agenda?tz={Uri.EscapeDataString(zone)}");
        var row = page.QuerySelector($"[data-session='{dinner}'] .agenda-time")!;

        Assert.StartsWith("22:30–00:30 (+1 day)", row.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal($"({dinnerThere})", row.QuerySelector(".own-zone")!.TextContent.Trim());
        Assert.Contains("UTC+8", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(offset, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_that_starts_the_day_before_in_the_readers_zone_shows_that_date()
    {
        // 00:30–01:30 in Shenzhen on 9 July is 23:00 on 8 July in Yangon.
        var keynote = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Title.StartsWith("Roundtable 4")).Select(s => s.Id).SingleAsync());
        await MoveAsync(keynote, new DateTime(2027, 7, 8, 16, 30, 0, DateTimeKind.Utc), new DateTime(2027, 7, 8, 17, 30, 0, DateTimeKind.Utc));

        var page = await factory.CreateBrowser().GetPageAsync($"/events/{Slug}/agenda?tz=Asia%2FYangon");

        Assert.Equal("(8 Jul 23:00–00:00 (+1 day))", page.QuerySelector($"[data-session='{keynote}'] .own-zone")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_delegate_sets_their_zone_once_and_the_itinerary_and_agenda_show_both_in_Chinese()
    {
        var siti = factory.CreateBrowser();
        await siti.SignInAsync(Browser.Demo("delegate"));
        var saved = await siti.SubmitAsync("/me/profile", "#profile-form", new Dictionary<string, string?> { ["Input.TimeZoneId"] = "Asia/Jayapura" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        siti.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dzh-Hans%7Cuic%3Dzh-Hans");

        var itinerary = await siti.GetPageAsync("/me/itinerary");
        var agenda = await siti.GetPageAsync($"/events/{Slug}/agenda");

        Assert.Contains("印度尼西亚东部时间", itinerary.QuerySelector("#own-zone")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(UTC+9)", itinerary.QuerySelector(".own-time")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("中国标准时间", itinerary.QuerySelector(".zone-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2027年7月8日星期四", agenda.QuerySelector(".agenda-day h2")!.TextContent.Trim());
        Assert.NotNull(agenda.QuerySelector(".own-zone"));
    }

    [Fact]
    public async Task An_unknown_zone_on_the_profile_is_refused_with_a_message()
    {
        var siti = factory.CreateBrowser();
        await siti.SignInAsync(Browser.Demo("delegate"));
        var page = await siti.GetPageAsync("/me/profile");
        var token = page.QuerySelector("#profile-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await siti.PostAsync("/me/profile", new FormUrlEncodedContent(
            [new("Input.DisplayName", "Siti"), new("Input.TimeZoneId", "Mars/Olympus"), new("__RequestVerificationToken", token)]));
        var answer = await Browser.ParseAsync(response);

        Assert.Contains("Choose a time zone from the list.", answer.QuerySelector("[data-valmsg-for='Input.TimeZoneId']")!.TextContent, StringComparison.Ordinal);
    }
}
