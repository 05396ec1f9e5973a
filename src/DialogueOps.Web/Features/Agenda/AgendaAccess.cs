using DialogueOps.Domain.Events;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;

namespace DialogueOps.Web.Features.Agenda;

/// <summary>The public reads a programme once the event is public and the programme published; its organizers always.</summary>
public static class AgendaAccess
{
    public static async Task<(bool Visible, bool Preview)> CheckAsync(AgendaData agenda, ClaimsPrincipal user, IAuthorizationService authorization)
    {
        var organizer = (await authorization.AuthorizeAsync(user, new EventResource(agenda.EventId), Policies.ManageEvent)).Succeeded;
        var published = agenda.Status is EventStatus.Open or EventStatus.Closed && agenda.ProgrammeStatus == ProgrammeStatus.Published;
        return (published || organizer, !published && organizer);
    }
}
