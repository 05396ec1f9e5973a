using System.Net;
using DialogueOps.IntegrationTests.Infrastructure.Localization;
using Microsoft.AspNetCore.Hosting;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>The real limit: ten account posts a minute per address.</summary>
public sealed class StrictAccountLimitFactory : DialogueOpsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:AccountPostsPerMinute", "10");
    }
}
