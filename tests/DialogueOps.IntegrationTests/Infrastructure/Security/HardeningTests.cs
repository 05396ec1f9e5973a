using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>Small things an attacker looks for first: cached personal data, a sign-in that forwards to any site, a dashboard without its policy.</summary>
public class HardeningTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task What_a_signed_in_person_downloads_is_never_kept_by_a_cache_while_public_pages_may_be()
    {
        var secretariat = factory.CreateBrowser();
        await secretariat.SignInAsync(Browser.Demo("secretariat"));
        var id = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());

        var csv = await secretariat.GetAsync($"/secretariat/events/{id}/participants?handler=Csv");
        var page = await secretariat.GetAsync($"/secretariat/events/{id}/participants");
        var anonymous = await factory.CreateBrowser().GetAsync("/events/cattn-ai-dialogue-2027");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.True(csv.Headers.CacheControl?.NoStore, "the participant export must be no-store");
        Assert.True(page.Headers.CacheControl?.NoStore, "the participant list must be no-store");
        Assert.NotEqual(true, anonymous.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Identitys_own_personal_data_download_is_gone_and_the_apps_export_has_no_authenticator_key()
    {
        var browser = factory.CreateBrowser();
        await browser.SignInAsync(Browser.Demo("focalpoint.my"));
        var manage = await browser.GetPageAsync("/Identity/Account/Manage/PersonalData");

        var download = await browser.PostAsync("/Identity/Account/Manage/DownloadPersonalData",
            new FormUrlEncodedContent([new("__RequestVerificationToken", manage.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "")]));
        var export = await browser.GetAsync("/me/data?handler=Json");

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.DoesNotContain("Authenticator", await export.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    public async Task A_sign_in_link_that_returns_to_another_site_lands_on_the_home_page_instead(string returnUrl)
    {
        var client = factory.CreateBrowser();
        var url = $"/Identity/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}";

        var form = await client.GetAsync(url);
        var signedIn = await client.SubmitAsync(url, "form#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = Browser.Demo("delegate"), ["Input.Password"] = DialogueOpsFactory.DemoPassword,
        });

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_job_dashboard_gets_its_own_script_policy_and_no_other_page_does()
    {
        var admin = factory.CreateBrowser();
        await admin.SignInAsync(Browser.Demo("admin"));

        var dashboard = await admin.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("script-src 'self' 'unsafe-inline'", string.Join(";", dashboard.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
