using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Infrastructure.Authorization;

/// <summary>
/// Identity's stock login page signs in with <c>lockoutOnFailure: false</c>; here every password sign-in counts
/// failures, so five wrong passwords lock the account whichever page asked. Unknown, locked and unconfirmed accounts take
/// as long to refuse as a wrong password. Signing out renews the security stamp, so a
/// copy of the cookie taken before (another browser, a stolen cookie) stops working too.
/// </summary>
public sealed class LockoutSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static string? decoyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is not { } user)
        {
            SpendHashingTime(password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
    }

    /// <summary>
    /// A locked or unconfirmed account is refused before its password is checked, much faster than a real check; the same
    /// hashing time is spent anyway, so the answer's timing does not tell which accounts exist or are locked.
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(ApplicationUser user, string password, bool lockoutOnFailure)
    {
        if (await PreSignInCheck(user) is { } refused)
        {
            // Only someone who knows the password learns that the address still needs confirming (the sign-in page then
            // offers the mail again); everyone else gets the usual answer after the usual hashing time.
            if (refused.IsNotAllowed && !await UserManager.IsLockedOutAsync(user))
            {
                if (await UserManager.CheckPasswordAsync(user, password))
                {
                    Context.Items[UnconfirmedKey] = true;
                }
            }
            else
            {
                SpendHashingTime(password);
            }

            return refused;
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    public const string UnconfirmedKey = "dialogueops.sign-in.unconfirmed";

    private void SpendHashingTime(string password)
    {
        var decoy = new ApplicationUser();
        decoyHash ??= UserManager.PasswordHasher.HashPassword(decoy, Guid.NewGuid().ToString("N"));
        UserManager.PasswordHasher.VerifyHashedPassword(decoy, decoyHash, password);
    }

    public override Task<SignInResult> PasswordSignInAsync(ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure) =>
        base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);

    /// <summary>No browser is trusted to skip the code: staff pages need a two-factor sign-in every time.</summary>
    public override Task<bool> IsTwoFactorClientRememberedAsync(ApplicationUser user) => Task.FromResult(false);

    public override async Task SignOutAsync()
    {
        if (Context.User.Identity?.IsAuthenticated == true && await UserManager.GetUserAsync(Context.User) is { } user)
        {
            await UserManager.UpdateSecurityStampAsync(user);
        }

        await base.SignOutAsync();
    }
}
