using System.Threading.RateLimiting;

namespace DialogueOps.Web.Infrastructure;

/// <summary>Named rate-limit policies; limits per client address come from configuration (RateLimits:*).</summary>
public static class RateLimits
{
    public const string Verification = "verification";

    public static WebApplicationBuilder AddDialogueOpsRateLimits(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetValue("RateLimits:VerificationPerMinute", 30);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address: someone walking through codes is slowed to a crawl; a consulate checking a letter never notices.
            options.AddPolicy(Verification, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }
}
