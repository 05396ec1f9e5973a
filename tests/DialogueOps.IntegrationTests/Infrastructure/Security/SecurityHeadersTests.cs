using System.Net;
using DialogueOps.IntegrationTests.Infrastructure.Localization;
using Microsoft.AspNetCore.Hosting;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

public class SecurityHeadersTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/events/cattn-ai-dialogue-2027/agenda")]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/css/site.css")]
    [InlineData("/no/such/page")]
    [InlineData("/events/cattn-ai-dialogue-2027/agenda.pdf")]
    public async Task Every_response_forbids_inline_script_framing_and_sniffing_and_keeps_the_referrer_on_the_site(string path)
    {
        var response = await factory.CreateBrowser().GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task No_page_carries_an_inline_script_or_event_handler_attribute_that_the_policy_would_block()
    {
        var (visits, _) = await PageWalk.WalkAsync(factory, "en");

        var offenders = visits.SelectMany(v => v.Page.QuerySelectorAll("script:not([src])").Select(_ => $"{v.Route}: inline <script>")
                .Concat(v.Page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"{v.Route}: {a.Name}=")))
            .Distinct().ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }
}

/// <summary>The real limit: ten account posts a minute per address.</summary>
public sealed class StrictAccountLimitFactory : DialogueOpsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:AccountPostsPerMinute", "10");
    }
}

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
