using System.Security.Claims;
using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Infrastructure.Authorization;

/// <summary>
/// Identity's account pages renew the security stamp (a new authenticator key, two-factor turned on or off) without
/// always renewing the sign-in; with the stamp checked on every request the person would be signed out by their own
/// change. After such a page the sign-in is renewed. Turning two-factor on proves the second factor (a code was just
/// checked), so that sign-in counts as a two-factor one.
/// </summary>
public sealed class AccountPageSignInRefresh(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    IOptions<IdentityOptions> identity) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var principal = context.HttpContext.User;
        var stampBefore = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var user = principal.Identity?.IsAuthenticated == true ? await users.GetUserAsync(principal) : null;
        var twoFactorBefore = user is not null && await users.GetTwoFactorEnabledAsync(user);

        await next();

        if (user is null || await users.FindByIdAsync(user.Id) is not { } after || context.HttpContext.Response.HasStarted)
        {
            return;
        }

        var auth = await context.HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!auth.Succeeded)
        {
            return;  // the page signed the person out (deleted account)
        }

        if (!twoFactorBefore && await users.GetTwoFactorEnabledAsync(after))
        {
            await signIn.SignInWithClaimsAsync(after, auth.Properties, [new Claim(SignInSessions.AuthenticationMethod, SignInSessions.MultiFactor)]);
        }
        else if (await users.GetSecurityStampAsync(after) != stampBefore)
        {
            await signIn.RefreshSignInAsync(after);
        }
    }
}
