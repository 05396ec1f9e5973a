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
