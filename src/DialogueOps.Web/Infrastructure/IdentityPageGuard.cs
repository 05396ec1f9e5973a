using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Identity.UI.V5.Pages.Account.Internal;

namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// Identity's two-factor pages throw (a 500) when opened out of turn: the code pages without a sign-in half done,
/// "turn off" and "new codes" while two-factor is off. Those requests are sent where they make sense instead. Its
/// "delete my data" page checks the password without looking at the form's validation and throws when none was posted;
/// an empty password is simply a wrong one there. Its external-login pages throw without a provider's answer; no
/// external provider is configured here, so they do not exist (404). A return address on another site (a phishing link's
/// "sign in, then go to evil.example") is dropped, so the person lands on the home page instead of Identity's 500.
/// </summary>
/// <para>
/// Nothing tells whether an address has an account: registering with a known address looks like registering a new one
/// (the owner is mailed instead), the "check your mail" page answers for any address, and a locked account gets the same
/// "invalid sign-in" as a wrong password.
/// </para>
public sealed class IdentityPageGuard(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    Microsoft.AspNetCore.Identity.UI.Services.IEmailSender mail,
    IConfiguration configuration) : IAsyncPageFilter
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

        if (context.HandlerInstance is RegisterConfirmationModel confirmation)
        {
            confirmation.Email = context.HttpContext.Request.Query["email"].ToString();
            context.Result = confirmation.Page();
            return;
        }

        if (context.HandlerInstance is RegisterModel { Input: { Email: { Length: > 0 } email, Password: { Length: > 0 } password } } register
            && HttpMethods.IsPost(context.HttpContext.Request.Method) && register.ModelState.IsValid
            && await users.FindByEmailAsync(email) is { } owner)
        {
            context.Result = await AnswerAsIfNewAsync(register, owner, email, password, context.HandlerArguments.TryGetValue("returnUrl", out var r) ? r as string : null);
            return;
        }

        var executed = await next();
        if (context.HandlerInstance is LoginModel unconfirmed && context.HttpContext.Items.ContainsKey(Authorization.LockoutSignInManager.UnconfirmedKey))
        {
            unconfirmed.ModelState.Clear();
            unconfirmed.ModelState.AddModelError(string.Empty, "Confirm your email address first: open the link we mailed you, or ask for a new one below.");
            executed.Result = unconfirmed.Page();
        }
        else if (context.HandlerInstance is LoginModel login && executed.Result is RedirectToPageResult { PageName: "./Lockout" })
        {
            login.ModelState.AddModelError(string.Empty, "Invalid login attempt.");
            executed.Result = login.Page();
        }
    }

    /// <summary>The same answer a new address gets (password rules first, then "check your mail"); the owner is told by mail.</summary>
    private async Task<IActionResult> AnswerAsIfNewAsync(RegisterModel register, ApplicationUser owner, string email, string password, string? returnUrl)
    {
        var candidate = new ApplicationUser { UserName = email, Email = email };
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, candidate, password)).Errors);
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                register.ModelState.AddModelError(string.Empty, error.Description);
            }

            return register.Page();
        }

        var site = (configuration["App:PublicBaseUrl"] ?? "").TrimEnd('/');
        var text = Bilingual.Pair("Someone, perhaps you, tried to create an account with this address. You already have one: sign in at {0}, or set a new password at {1}. If it was not you, you can ignore this mail.",
            $"{site}/Identity/Account/Login", $"{site}/Identity/Account/ForgotPassword");
        await mail.SendEmailAsync(await users.GetEmailAsync(owner) ?? email, $"{Bilingual.Both("You already have an account", " / ")}",
            Bilingual.Html(text));
        return new RedirectToPageResult("RegisterConfirmation", new { area = "Identity", email, returnUrl = returnUrl ?? register.Url.Content("~/") });
    }
}
