using System.Net;
using DialogueOps.IntegrationTests.Infrastructure.Localization;
using Microsoft.AspNetCore.Hosting;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

public class AccountRateLimitTests(StrictAccountLimitFactory factory) : IClassFixture<StrictAccountLimitFactory>
{
    [Fact]
    public async Task Sign_in_and_registration_posts_beyond_ten_a_minute_get_429_while_pages_stay_open()
    {
        var client = factory.CreateBrowser();
        var login = await client.GetPageAsync("/Identity/Account/Login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await client.SubmitAsync(login, "#account", new Dictionary<string, string?>
            {
                ["Input.Email"] = $"nobody{i}@example.test",
                ["Input.Password"] = "Wrong-Password-2027",
            })).StatusCode);
        }

        var register = await client.GetPageAsync("/Identity/Account/Register");
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SubmitAsync(register, "#registerForm", new Dictionary<string, string?>
            {
                ["Input.Email"] = $"spray{i}@example.test",
                ["Input.Password"] = "x",
                ["Input.ConfirmPassword"] = "y",
            })).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(10));
        Assert.All(statuses.Skip(10), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Identity/Account/Login")).StatusCode);
    }
}
