using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;

namespace DialogueOps.IntegrationTests.Pages.Identity;

public class LoginTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var client = factory.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/Identity/Account/Login", "#account", new Dictionary<string, string?>
            {
                ["Input.Email"] = Browser.Demo("secretariat"), ["Input.Password"] = "wrong-password-1A",
            });
        }

        var right = await client.SubmitAsync("/Identity/Account/Login", "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = Browser.Demo("secretariat"), ["Input.Password"] = DialogueOpsFactory.DemoPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("/Identity/Account/Lockout", right.Headers.Location!.OriginalString);
    }
}
