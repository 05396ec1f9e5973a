using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Features.Announcements;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>One announcement: what was written, to whom, and each recipient's delivery; a scheduled one can be called off.</summary>
public class AnnouncementModel(DialogueOpsDbContext db, CurrentEvent currentEvent, AnnouncementDesk desk, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public const int PageSize = 50;

    public sealed record Delivery(string Email, string? Name, NotificationState State, DateTime? SentAt, int Attempts, string? Error);

    public int EventId => currentEvent.Id;
    public string EventTitle => currentEvent.Title;
    public TimeZoneInfo Zone => currentEvent.Event.Zone;
    public Announcement Item { get; private set; } = null!;
    public bool CanCallOff { get; private set; }
    public IReadOnlyList<Delivery> Deliveries { get; private set; } = [];
    public IReadOnlyDictionary<NotificationState, int> ByState { get; private set; } = new Dictionary<NotificationState, int>();
    public int CurrentPage { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int announcementId, int? pageNumber)
    {
        if (await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == announcementId && a.EventId == id) is not { } announcement)
        {
            return NotFound();
        }

        Item = announcement;
        CanCallOff = announcement.IsScheduled(clock.GetUtcNow().UtcDateTime);
        var rows = db.Notifications.AsNoTracking().Where(n => n.SubjectType == nameof(Announcement) && n.SubjectId == announcementId && n.Kind == NotificationKind.Announcement);
        var all = await rows.ToListAsync();
        ByState = all.GroupBy(n => n.State).ToDictionary(g => g.Key, g => g.Count());
        PageCount = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(pageNumber ?? 1, 1, PageCount);
        var page = all.OrderBy(n => n.State == NotificationState.Sent).ThenBy(n => n.RecipientEmail, StringComparer.Ordinal)
            .Skip((CurrentPage - 1) * PageSize).Take(PageSize).ToList();
        var emails = page.Select(n => n.RecipientEmail).ToList();
        var names = (await db.Participants.AsNoTracking().Where(p => p.EventId == id && emails.Contains(p.Email))
                .Select(p => new { p.Email, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder }).ToListAsync())
            .DistinctBy(p => p.Email).ToDictionary(p => p.Email, p => Infrastructure.Display.PersonName(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, null));
        Deliveries = page.Select(n => new Delivery(n.RecipientEmail, names.GetValueOrDefault(n.RecipientEmail), n.State, n.SentAt, n.Attempts, n.LastError)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostCallOffAsync(int id, int announcementId)
    {
        if (await db.Announcements.SingleOrDefaultAsync(a => a.Id == announcementId && a.EventId == id) is not { } announcement)
        {
            return NotFound();
        }

        try
        {
            await desk.CancelAsync(announcement, HttpContext.RequestAborted);
            StatusMessage = L["Called off: nobody receives it."];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id, announcementId });
    }
}
