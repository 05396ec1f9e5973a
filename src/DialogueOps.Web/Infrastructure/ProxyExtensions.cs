using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using IPNetwork = System.Net.IPNetwork;

namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// Deployed behind a TLS proxy: the client's address and scheme come from X-Forwarded-For/-Proto, believed only from the
/// proxies named in ForwardedHeaders:KnownProxies / KnownNetworks (loopback when none are named). Outside Development
/// every cookie is Secure and the sign-in and antiforgery cookies carry the __Host- prefix (this host only, path /).
/// See docs/deployment.md.
/// </summary>
public static class ProxyExtensions
{
    public static WebApplicationBuilder AddDialogueOpsProxy(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Length + networks.Length > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var proxy in proxies)
                {
                    options.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in networks)
                {
                    options.KnownIPNetworks.Add(IPNetwork.Parse(network));
                }
            }
        });

        if (!builder.Environment.IsDevelopment())
        {
            builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
            builder.Services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.Always);
            builder.Services.ConfigureApplicationCookie(cookie => cookie.Cookie.Name = "__Host-DialogueOps");
            builder.Services.AddAntiforgery(options => options.Cookie.Name = "__Host-DialogueOps.Antiforgery");
            builder.Services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
                IdentityConstants.TwoFactorUserIdScheme, cookie => cookie.Cookie.Name = "__Host-DialogueOps.TwoFactor");
        }

        return builder;
    }

    public static WebApplication UseDialogueOpsProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseCookiePolicy();
        return app;
    }
}
