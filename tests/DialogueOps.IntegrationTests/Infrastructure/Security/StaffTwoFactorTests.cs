using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>The app as in Production on this point: staff must sign in with an authenticator code.</summary>
public sealed class StaffTwoFactorFactory : DialogueOpsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RequireStaffTwoFactor", "true");
    }
}

public class StaffTwoFactorTests(StaffTwoFactorFactory factory) : IClassFixture<StaffTwoFactorFactory>
{
    private HttpClient NewBrowser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<string> EnrolAsync(HttpClient browser)
    {
        var page = await browser.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");
        var key = page.QuerySelector("kbd")!.TextContent;
        var enabled = await browser.SubmitAsync(page, "#send-code", new Dictionary<string, string?> { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Contains("ShowRecoveryCodes", enabled.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return key;
    }

    [Fact]
    public async Task A_secretariat_member_without_an_authenticator_is_sent_to_set_one_up_and_then_reaches_the_staff_pages()
    {
        var browser = NewBrowser();
        await browser.SignInAsync(Browser.Demo("secretariat"));

        var refused = await browser.GetAsync("/secretariat");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/Identity/Account/Manage/EnableAuthenticator", refused.Headers.Location!.OriginalString);
        var setUp = await browser.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");
        Assert.Contains("Staff pages need a two-factor sign-in", setUp.Text(), StringComparison.Ordinal);

        await EnrolAsync(browser);
        var codes = await browser.GetPageAsync("/Identity/Account/Manage/ShowRecoveryCodes");

        Assert.Equal(10, codes.QuerySelectorAll("code").Length);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/secretariat")).StatusCode);  // enrolment proved the second factor
    }

    [Fact]
    public async Task An_enrolled_organizer_signs_in_with_password_and_code_and_a_password_alone_never_opens_a_staff_page()
    {
        var first = NewBrowser();
        await first.SignInAsync(Browser.Demo("organizer"));
        var key = await EnrolAsync(first);

        var second = NewBrowser();
        var password = await second.SubmitAsync("/Identity/Account/Login", "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = Browser.Demo("organizer"),
            ["Input.Password"] = DialogueOpsFactory.DemoPassword,
        });
        Assert.Contains("LoginWith2fa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/organize")).StatusCode);  // half signed in is not signed in

        var wrong = await second.SubmitAsync(password.Headers.Location!.OriginalString, "#two-factor", new Dictionary<string, string?> { ["Input.TwoFactorCode"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var code = await second.SubmitAsync(password.Headers.Location!.OriginalString, "#two-factor", new Dictionary<string, string?> { ["Input.TwoFactorCode"] = Totp.Code(key) });

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/organize")).StatusCode);
    }

    [Fact]
    public async Task The_job_dashboard_refuses_an_administrator_signed_in_with_a_password_alone()
    {
        var browser = NewBrowser();
        await browser.SignInAsync(Browser.Demo("admin"));

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/hangfire")).StatusCode);
        await EnrolAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Delegates_are_not_asked_for_a_second_factor()
    {
        var browser = NewBrowser();
        await browser.SignInAsync(Browser.Demo("focalpoint.my"));

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/me/profile")).StatusCode);
        var delegation = await browser.GetAsync("/me/itinerary");
        Assert.Equal(HttpStatusCode.OK, delegation.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await browser.GetAsync("/secretariat")).StatusCode);
    }

    [Fact]
    public async Task A_browser_cannot_be_remembered_to_skip_the_code()
    {
        var browser = NewBrowser();
        await browser.SignInAsync(Browser.Demo("checkin"));
        var key = await EnrolAsync(browser);
        await browser.SubmitAsync("/", "form[action^='/Identity/Account/Logout']", new Dictionary<string, string?>());

        var password = await browser.SubmitAsync("/Identity/Account/Login", "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = Browser.Demo("checkin"),
            ["Input.Password"] = DialogueOpsFactory.DemoPassword,
        });
        var twoFactor = password.Headers.Location!.OriginalString;
        var page = await browser.GetPageAsync(twoFactor);
        Assert.Null(page.QuerySelector("input[name='Input.RememberMachine'][type=checkbox]"));
        await browser.SubmitAsync(page, "#two-factor", new Dictionary<string, string?> { ["Input.TwoFactorCode"] = Totp.Code(key) });
        await browser.SubmitAsync("/", "form[action^='/Identity/Account/Logout']", new Dictionary<string, string?>());

        var again = await browser.SubmitAsync("/Identity/Account/Login", "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = Browser.Demo("checkin"),
            ["Input.Password"] = DialogueOpsFactory.DemoPassword,
        });
        Assert.Contains("LoginWith2fa", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
