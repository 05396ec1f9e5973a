using DialogueOps.Data;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>The event's announcements, newest first, each with how far its delivery has come.</summary>
public class AnnouncementsModel(DialogueOpsDbContext db, CurrentEvent currentEvent, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    public sealed record Row(int Id, string Subject, string Audience, DateTime SendAt, DateTime? CancelledAt, int Recipients, int Sent, int Failed);

    public int EventId => currentEvent.Id;
    public string EventTitle => currentEvent.Title;
    public TimeZoneInfo Zone => currentEvent.Event.Zone;
    public DateTime Now { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int CurrentPage { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(int id, int? pageNumber)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var total = await db.Announcements.CountAsync(a => a.EventId == id);
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(pageNumber ?? 1, 1, PageCount);
        Rows = await db.Announcements.AsNoTracking().Where(a => a.EventId == id).OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Skip((CurrentPage - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Subject, a.AudienceDescription, a.SendAt, a.CancelledAt, a.RecipientCount,
                db.Notifications.Count(n => n.SubjectType == nameof(Announcement) && n.SubjectId == a.Id && n.SentAt != null),
                db.Notifications.Count(n => n.SubjectType == nameof(Announcement) && n.SubjectId == a.Id && n.SentAt == null && n.Attempts >= Notification.MaxAttempts)))
            .ToListAsync();
    }
}
