using System.Threading.RateLimiting;

namespace DialogueOps.Web.Infrastructure;

/// <summary>Named rate-limit policies; limits per client address come from configuration (RateLimits:*).</summary>
public static class RateLimits
{
    public const string Verification = "verification";

    /// <summary>Form posts that guess or spray accounts: sign-in, account creation, password reset, confirmation mail.</summary>
    private static readonly string[] AccountPosts =
    [
        "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/ForgotPassword",
        "/Identity/Account/ResendEmailConfirmation", "/Identity/Account/LoginWith2fa", "/Identity/Account/LoginWithRecoveryCode",
    ];

    public static WebApplicationBuilder AddDialogueOpsRateLimits(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetValue("RateLimits:VerificationPerMinute", 30);
        var accountPostsPerMinute = builder.Configuration.GetValue("RateLimits:AccountPostsPerMinute", 10);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address: someone walking through codes is slowed to a crawl; a consulate checking a letter never notices.
            options.AddPolicy(Verification, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            // Lockout stops guessing one account's password; this stops one address trying many accounts, or creating them.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && AccountPosts.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
                    ? RateLimitPartition.GetFixedWindowLimiter($"account:{context.Connection.RemoteIpAddress}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = accountPostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("none"));
        });
        return builder;
    }
}
