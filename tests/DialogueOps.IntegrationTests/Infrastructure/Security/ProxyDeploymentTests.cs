using System.Net;
using DialogueOps.BrowserTests;
using DialogueOps.Web.Infrastructure.Privacy;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>
/// The app in Production on real Kestrel, reached through a TLS proxy on the same machine (loopback is the trusted
/// proxy unless others are named): it believes the proxy about the client's address and scheme, and nobody else.
/// </summary>
public class ProxyDeploymentTests
{
    private static AppProcess Production(params (string Key, string Value)[] extra)
    {
        var folder = Directory.CreateTempSubdirectory("dialogueops-proxy-").FullName;
        var certificate = Path.Combine(folder, "key-encryption.pfx");
        KeyEncryptionCertificate.CreateSelfSigned(certificate, "proxy-test-2027");
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_HTTPS_PORT"] = "443",
            ["Database__MigrateOnStartup"] = "true",
            ["DataProtection__CertificatePath"] = certificate,
            ["DataProtection__CertificatePassword"] = "proxy-test-2027",
            ["RateLimits__AccountPostsPerMinute"] = "3",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new AppProcess(folder, ownsFolder: true, settings);
    }

    private static HttpRequestMessage ViaProxy(HttpMethod method, string path, string client, bool https = true)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "dialogue.example.test";
        request.Headers.Add("X-Forwarded-For", client);
        if (https)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        return request;
    }

    [Fact]
    public async Task Behind_the_proxy_cookies_are_secure_and_host_bound_HSTS_is_sent_plain_http_is_redirected_and_each_client_has_its_own_limit()
    {
        await using var app = Production();
        await app.InitializeAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(app.BaseUrl) };

        var page = await client.SendAsync(ViaProxy(HttpMethod.Get, "/Identity/Account/Login", "203.0.113.7"));
        var plain = await client.SendAsync(ViaProxy(HttpMethod.Get, "/Identity/Account/Login", "203.0.113.7", https: false));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SendAsync(ViaProxy(HttpMethod.Post, "/Identity/Account/Login", "203.0.113.7"))).StatusCode);
        }

        var otherClient = await client.SendAsync(ViaProxy(HttpMethod.Post, "/Identity/Account/Login", "198.51.100.20"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-DialogueOps.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", string.Join(",", page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https://dialogue.example.test/Identity/Account/Login", plain.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherClient.StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        await using var app = Production(("ForwardedHeaders__KnownProxies__0", "10.9.9.9"));
        await app.InitializeAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(app.BaseUrl) };

        var forged = await client.SendAsync(ViaProxy(HttpMethod.Get, "/Identity/Account/Login", "203.0.113.7"));

        // "https" claimed by a caller that is not the proxy is not believed: the request is plain http and goes to https first.
        Assert.Equal(HttpStatusCode.TemporaryRedirect, forged.StatusCode);
    }
}
