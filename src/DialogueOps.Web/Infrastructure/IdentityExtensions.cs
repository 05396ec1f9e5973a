using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DialogueOps.Web.Infrastructure;

public static class IdentityExtensions
{
    public static WebApplicationBuilder AddDialogueOpsIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = true;
                options.Password.RequireDigit = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<DialogueOpsDbContext>()
            .AddClaimsPrincipalFactory<DialogueOpsClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddDefaultUI();

        // Registered after AddIdentity, which has already taken the stock SignInManager and store (the last registration wins).
        builder.Services.AddScoped<IUserStore<ApplicationUser>, Privacy.SealedTokenUserStore>();
        builder.Services.AddScoped<SignInManager<ApplicationUser>, LockoutSignInManager>();
        var session = builder.Configuration.GetSection("Security").Get<SignInSessionOptions>() ?? new SignInSessionOptions();
        if (!session.RequireStaffTwoFactor && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Security:RequireStaffTwoFactor is false outside Development. Staff see passport data and must sign in with two factors; remove the setting.");
        }

        builder.Services.Configure<SignInSessionOptions>(builder.Configuration.GetSection("Security"));
        builder.Services.AddScoped<StaffTwoFactorFilter>();
        // Team invitations carry a password-reset code: three days to act on it (also for "forgot password").
        builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(3));
        builder.Services.AddScoped<AccountPageSignInRefresh>();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            SignInSessions.Configure(cookie, session);
            cookie.LoginPath = "/Identity/Account/Login";
            cookie.AccessDeniedPath = "/Identity/Account/AccessDenied";
            // A refusal is a 403, not a redirect to a page that answers 200; the status-code page explains it.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // The stamp (and with it the grants in the cookie) is checked on every request: a revoked grant or a sign-out
        // elsewhere ends a captured cookie at once, and a new grant works without signing in again. It costs two
        // indexed reads a request. Identity:StampValidationSeconds trades that back for a delay.
        builder.Services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromSeconds(builder.Configuration.GetValue("Identity:StampValidationSeconds", 0));
            options.OnRefreshingPrincipal = SignInSessions.KeepAuthenticationMethod;
        });
        builder.Services.AddAuthorization(Policies.Register);
        builder.Services.AddSingleton<IAuthorizationHandler, EventGrantHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, DelegationHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, SessionRapporteurHandler>();
        return builder;
    }
}
