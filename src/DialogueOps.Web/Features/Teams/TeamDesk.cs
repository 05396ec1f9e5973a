using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Audit;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Features.Notifications;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Teams;

public enum GrantOutcome
{
    Granted,

    /// <summary>No account used the address: one was made (no password) and the person is mailed a link to set one.</summary>
    Invited,
    AlreadyHeld,
}

/// <summary>
/// Who works on an event: organizers, secretariat, check-in staff and each delegation's focal points. Grants are given by
/// email (a person without an account is invited), take effect on the person's next request, are announced through the
/// outbox and are audited with who gave or took them.
/// </summary>
public sealed class TeamDesk(DialogueOpsDbContext db, UserManager<ApplicationUser> users, Outbox outbox, TimeProvider clock)
{
    public static readonly GrantKind[] Kinds = [GrantKind.Organizer, GrantKind.Secretariat, GrantKind.CheckInStaff, GrantKind.FocalPoint];

    public async Task<GrantOutcome> GrantAsync(int eventId, string email, GrantKind kind, int? delegationId, string byUserId, CancellationToken ct)
    {
        if (kind == GrantKind.FocalPoint
            && (delegationId is null || !await db.Delegations.AnyAsync(d => d.Id == delegationId && d.EventId == eventId, ct)))
        {
            throw new DomainException("Choose the delegation the focal point works for.", "DelegationId");
        }

        var address = email.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var invited = false;
        var user = await users.FindByEmailAsync(address);
        if (user is null)
        {
            // The account exists at once so the grant can name it; only the mailed link (a password-reset code, which
            // proves the address) lets anyone sign in to it.
            user = new ApplicationUser { UserName = address, Email = address, EmailConfirmed = true, DisplayName = address.Split('@')[0] };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new DomainException(string.Join(" ", created.Errors.Select(e => e.Description)), "Email");
            }

            db.AuditEntries.Add(new AuditEntry(byUserId, now, AuditActions.AccountInvited, "User", user.Id));
            invited = true;
        }

        var normalizedDelegation = kind == GrantKind.FocalPoint ? delegationId : null;
        if (await db.EventGrants.AnyAsync(g => g.UserId == user.Id && g.EventId == eventId && g.Kind == kind && g.DelegationId == normalizedDelegation, ct))
        {
            return GrantOutcome.AlreadyHeld;
        }

        var grant = new EventGrant(user.Id, eventId, kind, normalizedDelegation);
        db.EventGrants.Add(grant);
        await db.SaveChangesAsync(ct);
        db.AuditEntries.Add(new AuditEntry(byUserId, now, AuditActions.GrantGiven, "EventGrant", Describe(grant, user.Email)));
        outbox.Add(Notification.Announce(eventId, NotificationKind.TeamGrant, user.Email!, "EventGrant", grant.Id, now, kind.ToString()));
        await db.SaveChangesAsync(ct);
        outbox.SendCommitted();
        return invited ? GrantOutcome.Invited : GrantOutcome.Granted;
    }

    public async Task RevokeAsync(int eventId, int grantId, string byUserId, CancellationToken ct)
    {
        var grant = await db.EventGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.EventId == eventId, ct)
            ?? throw new DomainException("This role was already taken away.");
        if (grant.Kind == GrantKind.Organizer && await db.EventGrants.CountAsync(g => g.EventId == eventId && g.Kind == GrantKind.Organizer, ct) == 1)
        {
            throw new DomainException("The event would have no organizer left. Give the role to someone else first.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var email = await db.Users.Where(u => u.Id == grant.UserId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        db.EventGrants.Remove(grant);
        foreach (var unsent in await db.Notifications.Where(n => n.Kind == NotificationKind.TeamGrant && n.SubjectId == grantId && n.SentAt == null && n.ClaimedAt == null).ToListAsync(ct))
        {
            unsent.Cancel(now);
        }

        db.AuditEntries.Add(new AuditEntry(byUserId, now, AuditActions.GrantRevoked, "EventGrant", Describe(grant, email)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>What the audit line says: event, role, delegation and the person's address (the grant row itself goes on revoke).</summary>
    private static string Describe(EventGrant grant, string? email) =>
        string.Create(CultureInfo.InvariantCulture, $"{grant.EventId}:{grant.Kind}{(grant.DelegationId is { } d ? $":{d}" : "")}:{email}");
}

public static class TeamsFeature
{
    public static IServiceCollection AddTeamsFeature(this IServiceCollection services) => services.AddScoped<TeamDesk>();
}
