using System.Security.Claims;
using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;

namespace DialogueOps.Web.Infrastructure.Authorization;

/// <summary>Every policy of the app, declared in one place.</summary>
public static class Policies
{
    /// <summary>May open the organizer area: global organizers and admins, and anyone organizing or serving an event (each page then checks that event).</summary>
    public const string Organize = nameof(Organize);

    /// <summary>May create new events.</summary>
    public const string CreateEvents = nameof(CreateEvents);

    /// <summary>Resource policy: may edit the event given as resource (<see cref="EventResource"/>).</summary>
    public const string ManageEvent = nameof(ManageEvent);

    /// <summary>Resource policy: organizers and secretariat of the event (lists, exports, printing).</summary>
    public const string ServeEvent = nameof(ServeEvent);

    /// <summary>Resource policy (an <see cref="EventResource"/> naming the delegation): the delegation's focal points, and the event's organizers and secretariat.</summary>
    public const string LeadDelegation = nameof(LeadDelegation);

    /// <summary>Resource policy: check-in staff of the event, and its organizers and secretariat.</summary>
    public const string CheckInAtEvent = nameof(CheckInAtEvent);

    /// <summary>Resource policy (an <see cref="EventResource"/> naming the session): the event's organizers and the session's own rapporteurs.</summary>
    public const string WriteSessionNotes = nameof(WriteSessionNotes);

    public const string Administrator = nameof(Administrator);

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(Organize, p => p.RequireAssertion(c =>
            c.User.IsInRole(Roles.Administrator) || c.User.IsInRole(Roles.Organizer)
            || c.User.HasAnyGrant(GrantKind.Organizer, GrantKind.Secretariat)));
        options.AddPolicy(CreateEvents, p => p.RequireRole(Roles.Administrator, Roles.Organizer));
        options.AddPolicy(ManageEvent, p => p.AddRequirements(new EventGrantRequirement(GrantKind.Organizer)));
        options.AddPolicy(ServeEvent, p => p.AddRequirements(new EventGrantRequirement(GrantKind.Organizer, GrantKind.Secretariat)));
        options.AddPolicy(CheckInAtEvent, p => p.AddRequirements(new EventGrantRequirement(GrantKind.Organizer, GrantKind.Secretariat, GrantKind.CheckInStaff)));
        options.AddPolicy(LeadDelegation, p => p.AddRequirements(new DelegationRequirement()));
        options.AddPolicy(WriteSessionNotes, p => p.AddRequirements(new SessionRapporteurRequirement()));
        options.AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator));

        // Everything not explicitly public needs a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

/// <summary>The resource of event-scoped policies; delegation and session pages name theirs too.</summary>
public sealed record EventResource(int EventId, int? DelegationId = null, int? SessionId = null);

/// <summary>Any one of the grant kinds for the event passes.</summary>
public sealed record EventGrantRequirement(params GrantKind[] Kinds) : IAuthorizationRequirement;

/// <summary>Administrators pass; others need the grant for that very event, carried as a claim.</summary>
public sealed class EventGrantHandler : AuthorizationHandler<EventGrantRequirement, EventResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EventGrantRequirement requirement, EventResource resource)
    {
        if (context.User.IsAdministrator() || context.User.Grants().Any(g => g.EventId == resource.EventId && requirement.Kinds.Contains(g.Kind)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public sealed record DelegationRequirement : IAuthorizationRequirement;

/// <summary>A focal point leads only the delegation named in their grant; the event's staff may lead any of its delegations.</summary>
public sealed class DelegationHandler : AuthorizationHandler<DelegationRequirement, EventResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DelegationRequirement requirement, EventResource resource)
    {
        var user = context.User;
        if (user.IsAdministrator()
            || user.Grants().Any(g => g.EventId == resource.EventId
                && (g.Kind is GrantKind.Organizer or GrantKind.Secretariat || (g.Kind == GrantKind.FocalPoint && g.DelegationId == resource.DelegationId))))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public sealed record SessionRapporteurRequirement : IAuthorizationRequirement;

/// <summary>Rapporteurs are named on the session itself (through their participant record), so this one asks the database.</summary>
public sealed class SessionRapporteurHandler(DialogueOpsDbContext db) : AuthorizationHandler<SessionRapporteurRequirement, EventResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SessionRapporteurRequirement requirement, EventResource resource)
    {
        var user = context.User;
        if (user.IsAdministrator() || user.Grants().Any(g => g.EventId == resource.EventId && g.Kind == GrantKind.Organizer))
        {
            context.Succeed(requirement);
            return;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && resource.SessionId is { } sessionId
            && await db.SessionRoles.AnyAsync(r => r.SessionId == sessionId && r.Role == SessionRoleKind.Rapporteur
                && db.Participants.Any(p => p.Id == r.ParticipantId && p.UserId == userId && p.EventId == resource.EventId && p.ErasedAt == null)))
        {
            context.Succeed(requirement);
        }
    }
}
