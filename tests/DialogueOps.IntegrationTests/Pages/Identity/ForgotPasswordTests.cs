using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;

namespace DialogueOps.IntegrationTests.Pages.Identity;

public class ForgotPasswordTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_reset_link_is_on_the_public_site_even_when_the_request_names_another_host()
    {
        var client = factory.CreateBrowser();
        var page = await client.GetPageAsync("/Identity/Account/ForgotPassword");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/ForgotPassword")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", Browser.Demo("organizer")), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = await factory.WaitForMailAsync(Browser.Demo("organizer"), m => (m.HtmlBody ?? "").Contains("ResetPassword", StringComparison.Ordinal), "the reset mail");
        Assert.DoesNotContain("evil.example", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://dialogue.example.test/Identity/Account/ResetPassword", mail.HtmlBody, StringComparison.Ordinal);
    }
}
