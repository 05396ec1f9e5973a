using Microsoft.Playwright;

namespace DialogueOps.BrowserTests.Journeys;

[Collection(JourneyCollection.Name)]
public class FocalPointJourneyTests(AppProcess app, Chromium chromium)
{
    private static async Task NominateAsync(IPage page, string given, string family, string email, string? replaces = null)
    {
        await page.FillAsync("#Nominee_GivenName", given);
        await page.FillAsync("#Nominee_FamilyName", family);
        await page.FillAsync("#Nominee_Email", email);
        await page.SelectOptionAsync("#Nominee_Category", "Expert");
        if (replaces is not null)
        {
            await page.SelectOptionAsync("#Nominee_Replaces", new SelectOptionValue { Label = replaces });
        }

        await page.ClickAsync("#nominate-form button[type=submit]");
        await page.Locator($"#members tr:has-text('{email}')").WaitForAsync();
    }

    [Fact]
    public Task A_focal_point_nominates_two_members_and_substitutes_one() =>
        chromium.JourneyAsync(nameof(A_focal_point_nominates_two_members_and_substitutes_one), app.BaseUrl, async page =>
        {
            await Accounts.SignInAsync(page, "focalpoint.my@demo.dialogueops.test");
            await page.GotoAsync("/delegations");
            await page.ClickAsync("a[href*='/members']");

            await NominateAsync(page, "Aisyah", "Karim", "aisyah.karim@journey.test");
            await NominateAsync(page, "Daniel", "Lim", "daniel.lim@journey.test");
            await NominateAsync(page, "Nurul", "Hassan", "nurul.hassan@journey.test", replaces: "Aisyah Karim");

            var replaced = page.Locator("#members tr:has-text('aisyah.karim@journey.test')");
            Assert.Contains("Cancelled", await replaced.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await replaced.Locator("button:has-text('Withdraw')").CountAsync());
            Assert.Equal(1, await page.Locator("#members tr:has-text('daniel.lim@journey.test') button:has-text('Withdraw')").CountAsync());
            Assert.Equal(1, await page.Locator("#members tr:has-text('nurul.hassan@journey.test') button:has-text('Withdraw')").CountAsync());
            Assert.Contains("Nurul Hassan", await page.Locator("#Nominee_Replaces").InnerTextAsync(), StringComparison.Ordinal);
        });
}
