using DialogueOps.Data;
using DialogueOps.Domain.Events;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Participants;

/// <summary>Every secretariat page opens the same way: 404 for an unknown event, 403 without a grant for it.</summary>
public static class SecretariatAccess
{
    public static async Task<(Event? Event, IActionResult? Denied)> OpenAsync(PageModel page, DialogueOpsDbContext db, IAuthorizationService authorization, int eventId)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId);
        if (ev is null)
        {
            return (null, page.NotFound());
        }

        return (await authorization.AuthorizeAsync(page.User, new EventResource(eventId), Policies.ServeEvent)).Succeeded
            ? (ev, null)
            : (null, page.Forbid());
    }
}
