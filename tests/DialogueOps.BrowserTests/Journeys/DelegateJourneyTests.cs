using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace DialogueOps.BrowserTests.Journeys;

/// <summary>
/// A new delegate from Singapore, end to end, with the secretariat in a second browser: account and email
/// confirmation (the link read from the pickup folder), profile, registration, confirmation by the secretariat,
/// visa letter requested, approved and issued, a site visit, and the itinerary PDF.
/// </summary>
[Collection(JourneyCollection.Name)]
public partial class DelegateJourneyTests(AppProcess app, Chromium chromium)
{
    private const string Slug = "cattn-ai-dialogue-2027";
    private const string Email = "tan.mei.ling@journey.test";
    private const string Password = "Journey-Delegate-2027a";

    private async Task<string> ConfirmationLinkAsync()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var file in Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder, "*.eml") : [])
            {
                var raw = await File.ReadAllTextAsync(file);
                if (!raw.Contains(Email, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // Quoted-printable: undo soft line breaks and "=3D" before looking for the link.
                var text = raw.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal)
                    .Replace("=3D", "=", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
                if (ConfirmLink().Match(text) is { Success: true } link)
                {
                    return link.Value;
                }
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("No confirmation mail in the pickup folder.");
    }

    [Fact]
    public Task A_delegate_registers_is_confirmed_gets_a_visa_letter_joins_a_visit_and_downloads_the_itinerary() =>
        chromium.JourneyAsync("delegate", app.BaseUrl, async delegatePage =>
        await chromium.JourneyAsync("delegate-secretariat", app.BaseUrl, async secretariat =>
        {
            // An account, confirmed from the mail.
            await delegatePage.GotoAsync("/Identity/Account/Register");
            await delegatePage.FillAsync("#Input_Email", Email);
            await delegatePage.FillAsync("#Input_Password", Password);
            await delegatePage.FillAsync("#Input_ConfirmPassword", Password);
            await delegatePage.ClickAsync("#registerSubmit");
            await delegatePage.GotoAsync(await ConfirmationLinkAsync());
            await Accounts.SignInAsync(delegatePage, Email, Password);

            // Profile: her own time zone.
            await delegatePage.GotoAsync("/me/profile");
            await delegatePage.FillAsync("#Input_DisplayName", "Tan Mei Ling");
            await delegatePage.SelectOptionAsync("#Input_TimeZoneId", "Asia/Singapore");
            await delegatePage.ClickAsync("#profile-form button[type=submit]");
            await delegatePage.Locator("text=Profile saved.").WaitForAsync();

            // Registration.
            await delegatePage.GotoAsync($"/events/{Slug}/register");
            await delegatePage.FillAsync("#Input_Honorific", "Dr.");
            await delegatePage.FillAsync("#Input_GivenName", "Mei Ling");
            await delegatePage.FillAsync("#Input_FamilyName", "Tan");
            await delegatePage.FillAsync("#Input_Position", "Senior Fellow");
            await delegatePage.FillAsync("#Input_Organization", "S. Rajaratnam School of International Studies");
            await delegatePage.SelectOptionAsync("#Input_Nationality", "SG");
            await delegatePage.SelectOptionAsync("#Input_CountryRepresented", "SG");
            await delegatePage.SelectOptionAsync("#Input_Category", "Expert");
            await delegatePage.CheckAsync("#Input_Consent");
            await delegatePage.ClickAsync("#registration-form button[type=submit]");
            await delegatePage.Locator("#status").WaitForAsync();

            // The secretariat confirms her.
            await Accounts.SignInAsync(secretariat, "secretariat@demo.dialogueops.test");
            await secretariat.GotoAsync($"/secretariat/events/1/participants?q={Uri.EscapeDataString(Email)}");
            await secretariat.ClickAsync($"tr:has-text('{Email}') a");
            await secretariat.ClickAsync("#decision-form button[value='Confirmed']");
            await secretariat.Locator("#status:has-text('Confirmed')").WaitForAsync();
            await delegatePage.GotoAsync($"/events/{Slug}/registration");
            Assert.Equal("Confirmed", (await delegatePage.Locator("#status").InnerTextAsync()).Trim());

            // She asks for a visa letter; the secretariat approves and issues it.
            await delegatePage.GotoAsync($"/events/{Slug}/visa-letter");
            await delegatePage.FillAsync("#Input_NameAsInPassport", "TAN MEI LING");
            await delegatePage.FillAsync("#Input_PassportNumber", "K1234567A");
            await delegatePage.SelectOptionAsync("#Input_IssuingCountry", "SG");
            await delegatePage.SelectOptionAsync("#Input_Nationality", "SG");
            await delegatePage.FillAsync("#Input_DateOfBirth", "1984-02-29");
            await delegatePage.FillAsync("#Input_PassportExpiry", "2032-05-31");
            await delegatePage.FillAsync("#Input_Consulate", "Embassy of the People's Republic of China in Singapore");
            await delegatePage.FillAsync("#Input_EntryDate", "2027-07-07");
            await delegatePage.FillAsync("#Input_ExitDate", "2027-07-10");
            await delegatePage.ClickAsync("#visa-form button[type=submit]");
            await delegatePage.Locator("text=Submitted").First.WaitForAsync();

            await secretariat.GotoAsync("/secretariat/events/1/visa-letters?status=Submitted");
            await secretariat.ClickAsync("#requests a:has-text('TAN MEI LING')");
            await secretariat.ClickAsync("button:has-text('Approve')");
            await secretariat.ClickAsync("button:has-text('Issue the letter')");
            await secretariat.Locator("#verify-link").WaitForAsync();

            await delegatePage.GotoAsync($"/events/{Slug}/visa-letter");
            Assert.Contains("Issued", await delegatePage.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

            // A site visit whose host needs no passport data, then the itinerary.
            await delegatePage.GotoAsync($"/events/{Slug}/site-visits");
            await delegatePage.ClickAsync("a:has-text('UBTECH')");
            await delegatePage.CheckAsync("#RulesAccepted");
            await delegatePage.ClickAsync("#signup-form button[type=submit]");
            await delegatePage.Locator("button:has-text('Cancel my sign-up')").WaitForAsync();

            await delegatePage.GotoAsync("/me/itinerary");
            Assert.Contains("UBTECH", await delegatePage.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("UTC+8", await delegatePage.Locator(".zone-note").InnerTextAsync(), StringComparison.Ordinal);
            var download = await delegatePage.RunAndWaitForDownloadAsync(() => delegatePage.ClickAsync("a:has-text('Download PDF')"));
            using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Mei Ling", text, StringComparison.Ordinal);
            Assert.Contains("UBTECH", text, StringComparison.Ordinal);
        }));

    [GeneratedRegex(@"https?://[^\s""'<>]+/Identity/Account/ConfirmEmail\?[^\s""'<>]+")]
    private static partial Regex ConfirmLink();
}
