using DialogueOps.BrowserTests;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>On the real server (Kestrel, as deployed), not the in-memory test host, which never names itself.</summary>
public class ServerHeaderTests
{
    [Fact]
    public async Task The_server_does_not_name_its_software()
    {
        await using var app = new AppProcess();
        await app.InitializeAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        var response = await client.GetAsync("/");

        Assert.True(response.IsSuccessStatusCode);
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(",", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
    }
}
