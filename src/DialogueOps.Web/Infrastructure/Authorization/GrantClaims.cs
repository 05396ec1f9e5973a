using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace DialogueOps.Web.Infrastructure.Authorization;

public static class GrantClaims
{
    public const string Type = "dialogueops:grant";
    public const string DisplayName = "dialogueops:name";

    /// <summary>"Organizer:12", or "FocalPoint:12:5" for a focal point of delegation 5.</summary>
    public static string Value(GrantKind kind, int eventId, int? delegationId = null) =>
        delegationId is null ? $"{kind}:{eventId}" : $"{kind}:{eventId}:{delegationId}";
}

/// <summary>
/// Puts a user's event grants into the cookie as claims, so policies read them without a query.
/// Every account is at least a Delegate: people who registered themselves get that role here.
/// </summary>
public sealed class DialogueOpsClaimsFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    DialogueOpsDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!identity.HasClaim(c => c.Type == Options.ClaimsIdentity.RoleClaimType))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, Roles.Delegate));
        }

        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(GrantClaims.DisplayName, user.DisplayName));
        }

        var grants = await db.EventGrants.AsNoTracking()
            .Where(g => g.UserId == user.Id)
            .Select(g => new { g.Kind, g.EventId, g.DelegationId })
            .ToListAsync();
        foreach (var grant in grants)
        {
            identity.AddClaim(new Claim(GrantClaims.Type, GrantClaims.Value(grant.Kind, grant.EventId, grant.DelegationId)));
        }

        return identity;
    }
}
