using DialogueOps.Domain.Identity;
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

    /// <summary>Resource policy (<see cref="DelegationResource"/>): the delegation's focal points, and the event's organizers and secretariat.</summary>
    public const string LeadDelegation = nameof(LeadDelegation);

    /// <summary>Resource policy: check-in staff of the event, and its organizers and secretariat.</summary>
    public const string CheckInAtEvent = nameof(CheckInAtEvent);

    public const string Administrator = nameof(Administrator);

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(Organize, p => p.RequireAssertion(c =>
            c.User.IsInRole(Roles.Administrator) || c.User.IsInRole(Roles.Organizer)
            || c.User.FindAll(GrantClaims.Type).Any(g => g.Value.StartsWith($"{GrantKind.Organizer}:", StringComparison.Ordinal)
                                                         || g.Value.StartsWith($"{GrantKind.Secretariat}:", StringComparison.Ordinal))));
        options.AddPolicy(CreateEvents, p => p.RequireRole(Roles.Administrator, Roles.Organizer));
        options.AddPolicy(ManageEvent, p => p.AddRequirements(new EventGrantRequirement(GrantKind.Organizer)));
        options.AddPolicy(ServeEvent, p => p.AddRequirements(new EventGrantRequirement(GrantKind.Organizer, GrantKind.Secretariat)));
        options.AddPolicy(CheckInAtEvent, p => p.AddRequirements(new EventGrantRequirement(GrantKind.Organizer, GrantKind.Secretariat, GrantKind.CheckInStaff)));
        options.AddPolicy(LeadDelegation, p => p.AddRequirements(new DelegationRequirement()));
        options.AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator));

        // Everything not explicitly public needs a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

/// <summary>The resource of event-scoped policies.</summary>
public sealed record EventResource(int EventId);

/// <summary>Any one of the grant kinds for the event passes.</summary>
public sealed record EventGrantRequirement(params GrantKind[] Kinds) : IAuthorizationRequirement;

/// <summary>Administrators pass; others need the grant for that very event, carried as a claim.</summary>
public sealed class EventGrantHandler : AuthorizationHandler<EventGrantRequirement, EventResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EventGrantRequirement requirement, EventResource resource)
    {
        if (context.User.IsInRole(Roles.Administrator) || requirement.Kinds.Any(kind => context.User.HasClaim(GrantClaims.Type, GrantClaims.Value(kind, resource.EventId))))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public sealed record DelegationResource(int EventId, int DelegationId);

public sealed record DelegationRequirement : IAuthorizationRequirement;

/// <summary>A focal point leads only the delegation named in their grant; the event's staff may lead any of its delegations.</summary>
public sealed class DelegationHandler : AuthorizationHandler<DelegationRequirement, DelegationResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DelegationRequirement requirement, DelegationResource resource)
    {
        var user = context.User;
        if (user.IsInRole(Roles.Administrator)
            || user.HasClaim(GrantClaims.Type, GrantClaims.Value(GrantKind.FocalPoint, resource.EventId, resource.DelegationId))
            || user.HasClaim(GrantClaims.Type, GrantClaims.Value(GrantKind.Organizer, resource.EventId))
            || user.HasClaim(GrantClaims.Type, GrantClaims.Value(GrantKind.Secretariat, resource.EventId)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
