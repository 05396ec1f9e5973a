using System.Text;
using DialogueOps.Data;
using DialogueOps.Domain.Audit;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Accounts;

/// <summary>
/// What an administrator does to accounts: global roles, locking, a new confirmation mail, a reset of two-factor.
/// Every step is audited; the last administrator can neither lose the role nor be locked out.
/// </summary>
public sealed class AccountDesk(DialogueOpsDbContext db, UserManager<ApplicationUser> users, IEmailSender mail, IConfiguration configuration, TimeProvider clock)
{
    public static readonly string[] GlobalRoles = [Roles.Administrator, Roles.Organizer, Roles.Secretariat];

    public async Task GiveRoleAsync(string userId, string role, string byUserId)
    {
        if (!GlobalRoles.Contains(role))
        {
            throw new DomainException("Choose a role.");
        }

        var user = await FindAsync(userId);
        if (!await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role));
            await AuditAsync(byUserId, AuditActions.RoleGiven, $"{userId}:{role}");
        }
    }

    public async Task TakeRoleAsync(string userId, string role, string byUserId)
    {
        if (!GlobalRoles.Contains(role))
        {
            throw new DomainException("Choose a role.");
        }

        var user = await FindAsync(userId);
        if (role == Roles.Administrator && await IsLastAdministratorAsync(user))
        {
            throw new DomainException("This is the last administrator. Make someone else an administrator first.");
        }

        if (await users.IsInRoleAsync(user, role))
        {
            Check(await users.RemoveFromRoleAsync(user, role));
            await AuditAsync(byUserId, AuditActions.RoleTaken, $"{userId}:{role}");
        }
    }

    public async Task LockAsync(string userId, string byUserId)
    {
        var user = await FindAsync(userId);
        if (await IsLastAdministratorAsync(user))
        {
            throw new DomainException("This is the last administrator. Make someone else an administrator first.");
        }

        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        // Locked means out now, not at the end of the session: the stamp check on the next request signs them out.
        Check(await users.UpdateSecurityStampAsync(user));
        await AuditAsync(byUserId, AuditActions.AccountLocked, userId);
    }

    public async Task UnlockAsync(string userId, string byUserId)
    {
        var user = await FindAsync(userId);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await AuditAsync(byUserId, AuditActions.AccountUnlocked, userId);
    }

    /// <summary>Turns two-factor off and forgets the authenticator key and recovery codes; staff set it up again at their next staff page.</summary>
    public async Task ResetTwoFactorAsync(string userId, string byUserId)
    {
        var user = await FindAsync(userId);
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes"));
        await AuditAsync(byUserId, AuditActions.TwoFactorReset, userId);
    }

    public async Task ResendConfirmationAsync(string userId)
    {
        var user = await FindAsync(userId);
        if (await users.IsEmailConfirmedAsync(user))
        {
            throw new DomainException("This address is already confirmed.");
        }

        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var site = (configuration["App:PublicBaseUrl"] ?? "").TrimEnd('/');
        var link = $"{site}/Identity/Account/ConfirmEmail?userId={Uri.EscapeDataString(user.Id)}&code={code}";
        await mail.SendEmailAsync(user.Email!, Bilingual.Both("Confirm your email", " / "),
            Bilingual.Html(Bilingual.Pair("Please confirm your account by opening this link: {0}", link)));
    }

    private async Task<bool> IsLastAdministratorAsync(ApplicationUser user) =>
        await users.IsInRoleAsync(user, Roles.Administrator)
        && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count(u => u.LockoutEnd is null || u.LockoutEnd < clock.GetUtcNow()) <= 1;

    private async Task<ApplicationUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new DomainException("This account does not exist.");

    private async Task AuditAsync(string byUserId, string action, string subject)
    {
        db.AuditEntries.Add(new AuditEntry(byUserId, clock.GetUtcNow().UtcDateTime, action, "User", subject));
        await db.SaveChangesAsync();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

public static class AccountsFeature
{
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services) => services.AddScoped<AccountDesk>();
}
