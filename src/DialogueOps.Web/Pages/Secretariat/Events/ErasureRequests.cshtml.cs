using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Pages.Secretariat;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.Privacy;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>The secretariat's list of people who asked to be erased from one event, and the action that does it.</summary>
public class ErasureRequestsModel(DialogueOpsDbContext db, CurrentEvent currentEvent, ErasureDesk erasure, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed record Pending(int ParticipantId, string Name, string Email, DateTime RequestedAt);

    public int EventId { get; private set; }
    public string EventTitle { get; private set; } = "";
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<Pending> Requests { get; private set; } = [];
    public int Erased { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ev = currentEvent.Event;
        EventId = id;
        EventTitle = DialogueOps.Web.Infrastructure.Display.Pick(ev.Title, ev.LocalTitle, System.Globalization.CultureInfo.CurrentUICulture);
        Zone = ev.Zone;
        var pending = await db.Participants.AsNoTracking().Where(p => p.EventId == id && p.ErasureRequestedAt != null && p.ErasedAt == null)
            .OrderBy(p => p.ErasureRequestedAt).ToListAsync();
        Requests = pending.Select(p => new Pending(p.Id, p.LatinName, p.Email, p.ErasureRequestedAt!.Value)).ToList();
        Erased = await db.Participants.CountAsync(p => p.EventId == id && p.ErasedAt != null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int participantId)
    {
        var ev = currentEvent.Event;
        try
        {
            await erasure.EraseAsync(id, participantId, users.GetUserId(User)!, HttpContext.RequestAborted);
            StatusMessage = L["Erased. Counts and issued letters' verification status are kept."];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id });
    }

    public string Local(DateTime utc) => EventTimeZone.FormatInstant(utc, Zone, System.Globalization.CultureInfo.CurrentUICulture);
}
