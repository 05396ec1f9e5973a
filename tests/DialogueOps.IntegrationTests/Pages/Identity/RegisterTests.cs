using AngleSharp.Dom;
using System.Net;
using System.Text.RegularExpressions;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.IntegrationTests.Pages.Events;

namespace DialogueOps.IntegrationTests.Pages.Identity;

public partial class RegisterTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_new_account_must_confirm_its_email_over_SMTP_before_signing_in()
    {
        var client = factory.CreateBrowser();
        const string email = "nguyen.van.an@example.vn";
        const string password = "Mekong-Delta-2027";

        var registered = await client.SubmitAsync("/Identity/Account/Register", "#registerForm", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var login = await client.SubmitAsync("/Identity/Account/Login", "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        var mail = Assert.Single(factory.Smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == email));
        var body = WebUtility.HtmlDecode(string.Concat(mail.MessageParts.Select(p => p.BodyData)));
        var link = ConfirmLink().Match(body);
        Assert.True(link.Success, body);

        var confirm = await client.GetAsync(new Uri(link.Value).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        await client.SignInAsync(email, password);
        var home = await client.GetPageAsync("/");
        Assert.Contains("Sign out", home.Text());
    }

    [Fact]
    public async Task A_password_shorter_than_twelve_characters_is_refused_with_the_rule_and_no_account_is_made()
    {
        var client = factory.CreateBrowser();
        const string email = "short.password@example.vn";
        const string password = "Mekong-2027";  // 11 characters, upper case and digits: only the length is wrong

        var response = await client.SubmitAsync("/Identity/Account/Register", "#registerForm", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least 12 characters", page.QuerySelector(".alert-danger")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("At least 12 characters", page.QuerySelector("#password-rules")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.Email == email)));
    }

    [Fact]
    public async Task Registering_a_known_address_looks_like_registering_a_new_one_and_the_owner_is_told_by_mail()
    {
        const string password = "Andaman-Coast-2027";
        async Task<HttpResponseMessage> RegisterAsync(string email) => await factory.CreateBrowser().SubmitAsync("/Identity/Account/Register", "#registerForm",
            new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });
        var usersBefore = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users));

        var known = await RegisterAsync(Browser.Demo("focalpoint.my"));
        var fresh = await RegisterAsync("brand.new.person@example.la");

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(fresh.Headers.Location!.OriginalString.Replace("brand.new.person@example.la", "X", StringComparison.Ordinal),
            known.Headers.Location!.OriginalString.Replace("focalpoint.my@demo.dialogueops.test", "X", StringComparison.Ordinal));
        var knownPage = await factory.CreateBrowser().GetPageAsync(known.Headers.Location!.OriginalString);
        var unknownPage = await factory.CreateBrowser().GetPageAsync("/Identity/Account/RegisterConfirmation?email=never.registered%40example.org");
        Assert.Contains("We sent a confirmation link", knownPage.Text(), StringComparison.Ordinal);
        Assert.Contains("We sent a confirmation link", unknownPage.Text(), StringComparison.Ordinal);
        var owner = await factory.WaitForMailAsync(Browser.Demo("focalpoint.my"), m => m.Subject?.Contains("You already have an account", StringComparison.Ordinal) == true, "the owner's notice");
        Assert.Contains("https://dialogue.example.test/Identity/Account/ForgotPassword", owner.HtmlBody ?? "", StringComparison.Ordinal);
        Assert.Equal(usersBefore + 1, await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users)));
    }

    [Theory]
    [InlineData("Password2027!")]       // a common password with digits around it
    [InlineData("Qwertyuiop123")]
    [InlineData("Iloveyou12345")]
    [InlineData("Mekong.Delta2027")]    // the address's own name
    public async Task Common_leaked_or_self_named_passwords_are_refused(string password)
    {
        const string email = "mekong.delta@example.vn";
        var response = await factory.CreateBrowser().SubmitAsync("/Identity/Account/Register", "#registerForm", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("list of common or leaked passwords", (await Browser.ParseAsync(response)).QuerySelector(".alert-danger")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.Email == email)));
    }

    [GeneratedRegex(@"https?://[^""'\s>]+ConfirmEmail[^""'\s>]+")]
    private static partial Regex ConfirmLink();
}
