using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Infrastructure.Authorization;

/// <summary>
/// The event a staff page works on, loaded (read-only) and checked by <see cref="EventAccessFilter"/> before any handler runs.
/// </summary>
public sealed class CurrentEvent
{
    private Event? loaded;

    public Event Event => loaded ?? throw new InvalidOperationException("This page is not covered by an event access convention.");

    public int Id => Event.Id;

    public string Slug => Event.Slug;

    public string TimeZoneId => Event.TimeZoneId;

    /// <summary>The title in the reader's language.</summary>
    public string Title => Display.Pick(Event.Title, Event.LocalTitle, CultureInfo.CurrentUICulture);

    internal void Set(Event ev) => loaded = ev;
}

/// <summary>Names the policy a page of an event-scoped folder needs, where it differs from its folder's.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class EventAccessAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}

/// <summary>
/// The one access check of event pages: reads the event from the route (<c>{id}</c> or <c>{eventId}</c>, or the event of
/// <c>{sessionId}</c>), answers 404 for an unknown event (or a delegation or session of another event) and 403 for a
/// person without the grant, and hands the page its <see cref="CurrentEvent"/>.
/// </summary>
public sealed class EventAccessFilter(string policy) : IAsyncPageFilter
{
    private static readonly string[] EventKeys = ["id", "eventId"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<DialogueOpsDbContext>();
        var resource = await ResourceAsync(context, db);
        var ev = resource is null ? null : await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == resource.EventId, context.HttpContext.RequestAborted);
        if (resource is null || ev is null || !await BelongsToEventAsync(db, resource))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var user = context.HttpContext.User;
        if (!(await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, resource, policy)).Succeeded)
        {
            // A bare 403; the status-code page gives it its friendly text.
            context.Result = user.Identity?.IsAuthenticated == true ? new StatusCodeResult(StatusCodes.Status403Forbidden) : new ChallengeResult();
            return;
        }

        services.GetRequiredService<CurrentEvent>().Set(ev);
        await next();
    }

    private static async Task<EventResource?> ResourceAsync(PageHandlerExecutingContext context, DialogueOpsDbContext db)
    {
        var route = context.RouteData.Values;
        var delegationId = RouteInt(route, "delegationId");
        var sessionId = RouteInt(route, "sessionId");
        foreach (var key in EventKeys)
        {
            if (RouteInt(route, key) is { } eventId)
            {
                return new EventResource(eventId, delegationId, sessionId);
            }
        }

        if (sessionId is { } id)
        {
            var eventOfSession = await db.Sessions.Where(s => s.Id == id).Select(s => (int?)s.EventId).SingleOrDefaultAsync();
            return eventOfSession is null ? null : new EventResource(eventOfSession.Value, delegationId, id);
        }

        return null;
    }

    private static async Task<bool> BelongsToEventAsync(DialogueOpsDbContext db, EventResource resource) =>
        (resource.DelegationId is not { } delegationId || await db.Delegations.AnyAsync(d => d.Id == delegationId && d.EventId == resource.EventId))
        && (resource.SessionId is not { } sessionId || await db.Sessions.AnyAsync(s => s.Id == sessionId && s.EventId == resource.EventId));

    private static int? RouteInt(RouteValueDictionary route, string key) =>
        route.TryGetValue(key, out var value) && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
}

/// <summary>Puts <see cref="EventAccessFilter"/> on every page of an event-scoped folder whose route names an event.</summary>
public static class EventAccessConventions
{
    private static readonly string[] EventRouteParameters = ["{id", "{eventId", "{sessionId"];

    public static IPageApplicationModelConvention RequireEventAccess(this PageConventionCollection conventions, string folder, string policy) =>
        conventions.AddFolderApplicationModelConvention(folder, page =>
        {
            var template = page.ActionDescriptor.AttributeRouteInfo?.Template ?? "";
            if (!EventRouteParameters.Any(template.Contains))
            {
                return;
            }

            var declared = page.ModelType?.GetCustomAttributes(typeof(EventAccessAttribute), inherit: true).OfType<EventAccessAttribute>().FirstOrDefault();
            page.Filters.Add(new EventAccessFilter(declared?.Policy ?? policy));
        });
}
