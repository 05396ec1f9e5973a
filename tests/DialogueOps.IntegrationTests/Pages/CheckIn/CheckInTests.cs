using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DialogueOps.Domain.Delegations;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.CheckIn;

public class CheckInTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Day1 = "day:2027-07-08";

    private Task<int> EventIdAsync() => factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());

    private Task<(int Id, string Token)> PersonAsync(string family, string given) => factory.WithDbAsync(async db =>
    {
        var p = await db.Participants.AsNoTracking().SingleAsync(p => p.FamilyName == family && p.GivenName == given);
        return (p.Id, p.CheckInToken);
    });

    private async Task<(HttpClient Client, string Url)> DeskAsync(string account = "checkin")
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo(account));
        return (client, $"/checkin/events/{await EventIdAsync()}");
    }

    private static async Task<JsonElement> ScanAsync(HttpClient client, string url, string at, string code)
    {
        var page = await client.GetPageAsync($"{url}?at={Uri.EscapeDataString(at)}");
        var token = page.QuerySelector("#scan-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}?handler=Scan")
        {
            Content = new FormUrlEncodedContent([new("at", at), new("code", code), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Accept.ParseAdd("application/json");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_badge_scanned_twice_marks_attendance_once_and_says_so_in_green()
    {
        var (client, url) = await DeskAsync();
        var (id, token) = await PersonAsync("Gao", "Fei");

        var first = await ScanAsync(client, url, Day1, token.ToUpperInvariant());
        var second = await ScanAsync(client, url, Day1, token);

        Assert.True(first.GetProperty("admitted").GetBoolean());
        Assert.Equal("CheckedIn", first.GetProperty("outcome").GetString());
        Assert.Contains("Gao Fei", first.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("AlreadyCheckedIn", second.GetProperty("outcome").GetString());
        Assert.True(second.GetProperty("admitted").GetBoolean());
        Assert.Contains("Already checked in", second.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Attendances.CountAsync(a => a.ParticipantId == id && a.Day == new DateOnly(2027, 7, 8))));
        // The counter beside the scanner is updated from the answer, not at the next reload.
        var onTheDay = await factory.WithDbAsync(db => db.Attendances.CountAsync(a => a.Day == new DateOnly(2027, 7, 8) && a.SessionId == null));
        Assert.Equal($"{onTheDay} checked in so far.", second.GetProperty("count").GetString());
        Assert.StartsWith($"{onTheDay} ", (await client.GetPageAsync($"{url}?at={Uri.EscapeDataString(Day1)}")).QuerySelector("#checked-in-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_participants_badge_and_an_unknown_code_are_refused_in_red_and_record_nothing()
    {
        var (client, url) = await DeskAsync();
        var (id, token) = await PersonAsync("Reyes", "Jose");
        await factory.WithDbAsync(db => db.Participants.Where(p => p.Id == id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Status, ParticipantStatus.Cancelled)));

        var cancelled = await ScanAsync(client, url, Day1, token);
        var unknown = await ScanAsync(client, url, Day1, new string('a', 32));

        Assert.False(cancelled.GetProperty("admitted").GetBoolean());
        Assert.Contains("Cancelled", cancelled.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(unknown.GetProperty("admitted").GetBoolean());
        Assert.Equal("Unknown", unknown.GetProperty("outcome").GetString());
        Assert.False(await factory.WithDbAsync(db => db.Attendances.AnyAsync(a => a.ParticipantId == id)));
    }

    [Fact]
    public async Task Without_script_a_person_found_by_name_is_checked_in_to_a_session_and_the_page_shows_the_result()
    {
        var (client, url) = await DeskAsync();
        var session = await factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync());
        var at = $"session:{session}";
        var (id, _) = await PersonAsync("Rahman", "Siti");

        var search = await client.GetPageAsync($"{url}?at={Uri.EscapeDataString(at)}&q=rahman");
        var response = await client.SubmitAsync(search, "#found form", new Dictionary<string, string?>(), "button[name=participantId]");
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CheckedIn", page.QuerySelector(".check-result")!.GetAttribute("data-outcome"));
        Assert.Contains("Siti", page.QuerySelector(".check-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Checked in", page.QuerySelector("#found")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Attendances.AnyAsync(a => a.ParticipantId == id && a.SessionId == session)));
    }

    [Fact]
    public async Task Only_check_in_staff_organizers_and_secretariat_open_the_desk_and_a_day_outside_the_event_is_refused()
    {
        var (delegateClient, url) = await DeskAsync("delegate");
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateClient.GetAsync(url)).StatusCode);
        foreach (var staff in new[] { "checkin", "secretariat", "organizer" })
        {
            var (client, _) = await DeskAsync(staff);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        var (desk, _) = await DeskAsync();
        var page = await desk.GetPageAsync(url);
        var token = page.QuerySelector("#scan-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var outside = await desk.PostAsync($"{url}?handler=Scan", new FormUrlEncodedContent(
            [new("at", "day:2027-07-20"), new("code", (await PersonAsync("Gao", "Fei")).Token), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
    }
}
