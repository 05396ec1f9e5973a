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

    [GeneratedRegex(@"https?://[^""'\s>]+ConfirmEmail[^""'\s>]+")]
    private static partial Regex ConfirmLink();
}
