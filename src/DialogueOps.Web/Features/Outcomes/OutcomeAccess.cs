using System.Security.Claims;
using DialogueOps.Data;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Programme;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Outcomes;

/// <summary>Who may write a session's notes: the event's organizers, and the session's own rapporteurs (through their participant record).</summary>
public static class OutcomeAccess
{
    public static async Task<bool> MayWriteNotesAsync(ClaimsPrincipal user, DialogueOpsDbContext db, IAuthorizationService authorization, Event ev, int sessionId)
    {
        if ((await authorization.AuthorizeAsync(user, new EventResource(ev.Id), Policies.ManageEvent)).Succeeded)
        {
            return true;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is not null && await db.SessionRoles.AnyAsync(r => r.SessionId == sessionId && r.Role == SessionRoleKind.Rapporteur
            && db.Participants.Any(p => p.Id == r.ParticipantId && p.UserId == userId && p.EventId == ev.Id && p.ErasedAt == null));
    }
}
