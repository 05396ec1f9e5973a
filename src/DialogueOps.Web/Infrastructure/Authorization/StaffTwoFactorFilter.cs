using DialogueOps.Domain.Identity;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Infrastructure.Authorization;

/// <summary>
/// Staff pages (organizing, secretariat, check-in, administration) open only to a sign-in with a second factor. Staff
/// without an authenticator are sent to set one up; staff who have one but signed in with the password alone (before
/// they set it up elsewhere) sign in again.
/// </summary>
public sealed class StaffTwoFactorFilter(
    IOptions<SignInSessionOptions> options,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    ITempDataDictionaryFactory tempData,
    IStringLocalizer<SharedResource> localizer) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var principal = context.HttpContext.User;
        if (!options.Value.RequireStaffTwoFactor || principal.Identity?.IsAuthenticated != true || !principal.IsStaff() || principal.SignedInWithSecondFactor()
            || await users.GetUserAsync(principal) is not { } user)
        {
            await next();
            return;
        }

        var returnUrl = context.HttpContext.Request.PathBase + context.HttpContext.Request.Path + context.HttpContext.Request.QueryString;
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            await signIn.SignOutAsync();
            context.Result = new RedirectToPageResult("/Account/Login", new { area = "Identity", returnUrl });
            return;
        }

        tempData.GetTempData(context.HttpContext)["StatusMessage"] =
            localizer["Staff pages need a two-factor sign-in. Set up an authenticator app to continue."].Value;
        context.Result = new RedirectToPageResult("/Account/Manage/EnableAuthenticator", new { area = "Identity" });
    }
}
