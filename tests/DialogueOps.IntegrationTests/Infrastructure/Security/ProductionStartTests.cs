namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>What Production refuses to start without, with a message that names the setting to fix.</summary>
public class ProductionStartTests
{
    [Fact]
    public void Production_refuses_to_start_without_a_key_encryption_certificate()
    {
        using var factory = new ProductionWithoutCertificateFactory();

        var refused = Assert.ThrowsAny<Exception>(() => factory.Server);

        var message = string.Join(" | ", Flatten(refused).Select(e => e.Message));
        Assert.Contains("DataProtection:CertificatePath is not set", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_starts_with_one_and_answers()
    {
        using var factory = new ProductionFactory();

        var response = await factory.CreateClient().GetAsync("/health");

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
