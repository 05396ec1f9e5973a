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
            .AddDefaultTokenProviders()
            .AddDefaultUI();

        // Registered after AddIdentity, which has already taken the stock SignInManager (the last registration wins).
        builder.Services.AddScoped<SignInManager<ApplicationUser>, LockoutSignInManager>();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Identity/Account/Login";
            cookie.AccessDeniedPath = "/Identity/Account/AccessDenied";
            // A refusal is a 403, not a redirect to a page that answers 200; the status-code page explains it.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization(Policies.Register);
        builder.Services.AddSingleton<IAuthorizationHandler, EventGrantHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, DelegationHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, SessionRapporteurHandler>();
        return builder;
    }
}
