using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace DialogueOps.BrowserTests.Journeys;

/// <summary>The check-in desk: a badge code typed (as a handheld scanner does) answers in place and the counter moves at once.</summary>
[Collection(JourneyCollection.Name)]
public class CheckInJourneyTests(AppProcess app, Chromium chromium)
{
    private async Task<(long EventId, string Code)> BadgeAsync(string family, string given)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(app.Folder, "app.db")};Mode=ReadOnly;Pooling=false");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT EventId, CheckInToken FROM Participants WHERE FamilyName = $family AND GivenName = $given";
        command.Parameters.AddWithValue("$family", family);
        command.Parameters.AddWithValue("$given", given);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"{given} {family} is not in the demo");
        return (reader.GetInt64(0), reader.GetString(1));
    }

    [Fact]
    public Task A_scanned_badge_answers_in_place_and_the_counter_beside_the_scanner_moves_without_a_reload() =>
        chromium.JourneyAsync("check-in", app.BaseUrl, async page =>
        {
            var (eventId, code) = await BadgeAsync("Lim", "Wei Ming");
            await Accounts.SignInAsync(page, "checkin@demo.dialogueops.test");
            await page.GotoAsync($"/checkin/events/{eventId}?at=day:2027-07-09");
            var before = int.Parse((await page.Locator("#checked-in-count").TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            var url = page.Url;

            await page.FillAsync("#code", code);
            await page.ClickAsync("#scan-form button[type=submit]");

            await Assertions.Expect(page.Locator("#check-result .check-result")).ToHaveAttributeAsync("data-outcome", "CheckedIn");
            await Assertions.Expect(page.Locator("#checked-in-count")).ToHaveTextAsync($"{before + 1} checked in so far.");
            Assert.Equal(url, page.Url);
        });
}
