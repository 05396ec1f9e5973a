using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using DialogueOps.IntegrationTests.Features.VisaLetters;

namespace DialogueOps.IntegrationTests.Pages;

/// <summary>An app whose verification page allows five lookups a minute per client, and whose visa deadline has passed.</summary>
public sealed class StrictFactory : DialogueOpsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:VerificationPerMinute", "5");
    }
}
