using AngleSharp.Dom;
using System.Net;
using System.Text.Json;
using DialogueOps.IntegrationTests.Infrastructure;

namespace DialogueOps.IntegrationTests.Pages;

public class HealthTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task Health_answers_200_with_the_database_provider_and_its_status()
    {
        var response = await factory.CreateBrowser().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Sqlite", json.RootElement.GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("database").GetProperty("status").GetString());
    }
}
