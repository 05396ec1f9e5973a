namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// Headers on every response. Scripts only from this origin (no inline script anywhere in the app: page scripts live
/// in wwwroot/js); inline styles stay allowed for the progress bars' widths. No framing, no MIME sniffing, and the
/// referrer stays on this site, so a verification URL is not handed to other sites. Hangfire's dashboard, which
/// ships its own inline scripts, gets the same headers except script-src. What a signed-in person is shown (their data,
/// lists, letters, exports) is never stored by a browser or a proxy cache: no-store, unless a page set its own policy.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private static readonly string[] StaticFileExtensions = [".css", ".js", ".png", ".svg", ".ico", ".woff", ".woff2", ".map"];

    /// <summary>Kestrel names itself in a Server header unless told not to; an attacker need not be told.</summary>
    public static WebApplicationBuilder AddDialogueOpsSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    public static IApplicationBuilder UseDialogueOpsSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Read now: by the time the response starts, the dashboard's mount has moved "/hangfire" into PathBase.
        var dashboard = context.Request.Path.StartsWithSegments("/hangfire");
        var staticFile = StaticFileExtensions.Contains(Path.GetExtension(context.Request.Path.Value ?? ""), StringComparer.OrdinalIgnoreCase);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = dashboard ? DashboardPolicy : ContentSecurityPolicy;
            if (context.User.Identity?.IsAuthenticated == true && !staticFile && string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next();
    });
}
