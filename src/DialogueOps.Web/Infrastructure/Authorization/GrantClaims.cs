using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using System.Globalization;
using System.Security.Claims;

namespace DialogueOps.Web.Infrastructure.Authorization;

public static class GrantClaims
{
    public const string Type = "dialogueops:grant";
    public const string DisplayName = "dialogueops:name";

    /// <summary>"Organizer:12", or "FocalPoint:12:5" for a focal point of delegation 5.</summary>
    public static string Value(GrantKind kind, int eventId, int? delegationId = null) =>
        delegationId is null ? $"{kind}:{eventId}" : $"{kind}:{eventId}:{delegationId}";

    /// <summary>The only place a grant claim's value is read back; a malformed value is no grant at all.</summary>
    public static bool TryParse(string value, out Grant grant)
    {
        grant = default;
        var parts = value.Split(':');
        if (parts.Length is < 2 or > 3 || !Enum.TryParse<GrantKind>(parts[0], out var kind) || !Enum.IsDefined(kind)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return false;
        }

        int? delegationId = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                return false;
            }

            delegationId = d;
        }

        grant = new Grant(kind, eventId, delegationId);
        return true;
    }
}

/// <summary>One event grant as the sign-in cookie carries it.</summary>
public readonly record struct Grant(GrantKind Kind, int EventId, int? DelegationId);

/// <summary>What a signed-in person may do, read from their claims: the one way pages and the layout ask.</summary>
public static class GrantPrincipalExtensions
{
    public static IEnumerable<Grant> Grants(this ClaimsPrincipal user)
    {
        foreach (var claim in user.FindAll(GrantClaims.Type))
        {
            if (GrantClaims.TryParse(claim.Value, out var grant))
            {
                yield return grant;
            }
        }
    }

    public static bool HasAnyGrant(this ClaimsPrincipal user, params GrantKind[] kinds) => user.Grants().Any(g => kinds.Contains(g.Kind));

    /// <summary>The events this person holds one of the given grants for (each once).</summary>
    public static IReadOnlyList<int> EventIdsWith(this ClaimsPrincipal user, params GrantKind[] kinds) =>
        user.Grants().Where(g => kinds.Contains(g.Kind)).Select(g => g.EventId).Distinct().ToList();

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);
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
