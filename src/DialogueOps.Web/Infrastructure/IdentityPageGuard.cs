using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;

namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// Identity's two-factor pages throw (a 500) when opened out of turn: the code pages without a sign-in half done,
/// "turn off" and "new codes" while two-factor is off. Those requests are sent where they make sense instead. Its
/// "delete my data" page checks the password without looking at the form's validation and throws when none was posted;
/// an empty password is simply a wrong one there. Its external-login pages throw without a provider's answer; no
/// external provider is configured here, so they do not exist (404). A return address on another site (a phishing link's
/// "sign in, then go to evil.example") is dropped, so the person lands on the home page instead of Identity's 500.
/// </summary>
public sealed class IdentityPageGuard(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        // The app's own data page (/me/data) exports everything it holds; Identity's would add the authenticator key.
        if (page is "/Account/Manage/DownloadPersonalData"
            || (page is "/Account/ExternalLogin" or "/Account/Manage/ExternalLogins" && !(await signIn.GetExternalAuthenticationSchemesAsync()).Any()))
        {
            context.Result = new NotFoundResult();
            return;
        }

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

        if (context.HandlerArguments.TryGetValue("returnUrl", out var value) && value is string returnUrl
            && !context.HttpContext.RequestServices.GetRequiredService<IUrlHelperFactory>().GetUrlHelper(context).IsLocalUrl(returnUrl))
        {
            context.HandlerArguments["returnUrl"] = null;
        }

        if (context.HandlerInstance is Microsoft.AspNetCore.Identity.UI.V5.Pages.Account.Manage.Internal.DeletePersonalDataModel { Input: { Password: null } input })
        {
            input.Password = "";
        }

        await next();
    }
}
