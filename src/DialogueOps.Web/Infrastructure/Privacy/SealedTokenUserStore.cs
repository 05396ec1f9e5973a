using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace DialogueOps.Web.Infrastructure.Privacy;

/// <summary>
/// Identity keeps the authenticator key and the recovery codes as user tokens in plain text; whoever reads them can
/// produce the second factor. Here they are sealed with Data Protection (whose keys a database copy cannot open) before
/// they are stored. A value stored before sealing began has no prefix and is read as it is, then sealed on its next write.
/// </summary>
public sealed class SealedTokenUserStore(DialogueOpsDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole, DialogueOpsDbContext>(context, describer)
{
    private const string Prefix = "sealed:";
    private readonly IDataProtector protector = protection.CreateProtector("DialogueOps.Identity.UserTokens.v1");

    public override Task SetTokenAsync(ApplicationUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken)
        => base.SetTokenAsync(user, loginProvider, name, value is null ? null : Prefix + protector.Protect(value), cancellationToken);

    public override async Task<string?> GetTokenAsync(ApplicationUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal) ? protector.Unprotect(stored[Prefix.Length..]) : stored;
    }
}
