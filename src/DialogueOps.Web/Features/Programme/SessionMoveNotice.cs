using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Programme;
using DialogueOps.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Features.Programme;

/// <summary>
/// Tells a session's chairs, speakers and other role holders that it moved (another time or room). The mail waits
/// <see cref="ReminderOptions.AnnouncementDelay"/> and a newer move replaces an unsent one, so an organizer adjusting a
/// session three times sends one mail, which reads where the session is when it goes.
/// </summary>
public sealed class SessionMoveNotice(DialogueOpsDbContext db, Outbox outbox, TimeProvider clock, IOptions<ReminderOptions> options)
{
    private static readonly ParticipantStatus[] Told = [ParticipantStatus.Registered, ParticipantStatus.Confirmed];

    /// <summary>Writes the notices into the caller's unit of work; the caller saves, commits and then calls <see cref="Outbox.SendCommitted"/>.</summary>
    public async Task AddAsync(Session session, CancellationToken ct)
    {
        var ids = session.ParticipantIds;
        var emails = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id) && Told.Contains(p.Status) && p.ErasedAt == null && p.Email != "")
            .Select(p => p.Email).Distinct().ToListAsync(ct);
        if (emails.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var unsent = await db.Notifications.Where(n => n.Kind == NotificationKind.SessionMoved && n.SubjectId == session.Id
            && n.SentAt == null && n.ClaimedAt == null && n.CancelledAt == null).ToListAsync(ct);
        unsent.ForEach(n => n.Cancel(now));
        foreach (var email in emails)
        {
            outbox.Add(Notification.Announce(session.EventId, NotificationKind.SessionMoved, email, nameof(Session), session.Id, now + options.Value.AnnouncementDelay));
        }
    }
}
