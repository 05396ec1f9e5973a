using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// Identity's two-factor pages throw (a 500) when opened out of turn: the code pages without a sign-in half done,
/// "turn off" and "new codes" while two-factor is off. Those requests are sent where they make sense instead.
/// </summary>
public sealed class TwoFactorPageGuard(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        if (page is "/Account/LoginWith2fa" or "/Account/LoginWithRecoveryCode" && await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            context.Result = new RedirectToPageResult("/Account/Login", new { area = "Identity" });
            return;
        }

        if (page is "/Account/Manage/Disable2fa" or "/Account/Manage/GenerateRecoveryCodes"
            && await users.GetUserAsync(context.HttpContext.User) is { } user && !await users.GetTwoFactorEnabledAsync(user))
        {
            context.Result = new RedirectToPageResult("/Account/Manage/TwoFactorAuthentication", new { area = "Identity" });
            return;
        }

        await next();
    }
}
