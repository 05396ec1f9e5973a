using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DialogueOps.BrowserTests.Journeys;

[Collection(JourneyCollection.Name)]
public partial class VisaLetterJourneyTests(AppProcess app, Chromium chromium)
{
    [Fact]
    public Task The_secretariat_issues_an_approved_letter_verifies_it_revokes_it_and_the_page_says_so() =>
        chromium.JourneyAsync(nameof(The_secretariat_issues_an_approved_letter_verifies_it_revokes_it_and_the_page_says_so), app.BaseUrl, async page =>
        {
            await Accounts.SignInAsync(page, "secretariat@demo.dialogueops.test");
            await page.GotoAsync("/secretariat");
            await page.ClickAsync("text=Visa letters");
            await page.ClickAsync("a[data-status='Approved']");
            await page.ClickAsync("#requests a:has-text('SANTOS')");

            await page.ClickAsync("button:has-text('Issue the letter')");
            var verifyLink = page.Locator("#verify-link");
            await verifyLink.WaitForAsync();
            var verifyUrl = await verifyLink.GetAttributeAsync("href");
            Assert.Matches(Hex32(), verifyUrl!);
            var review = page.Url;

            await page.GotoAsync(verifyUrl!);
            Assert.Equal("valid", await page.Locator("#verdict").GetAttributeAsync("data-verdict"));
            Assert.Contains("SANTOS", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

            await page.GotoAsync(review);
            await page.FillAsync("#Reason", "Issued to the wrong consulate.");
            await page.ClickAsync("button:has-text('Revoke the letter')");
            await page.Locator("text=Revoked. The verification page now says so.").WaitForAsync();

            await page.GotoAsync(verifyUrl!);
            Assert.Equal("revoked", await page.Locator("#verdict").GetAttributeAsync("data-verdict"));
        });

    [GeneratedRegex("/verify/[0-9a-f]{32}$")]
    private static partial Regex Hex32();
}
