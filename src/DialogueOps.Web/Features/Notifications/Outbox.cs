using DialogueOps.Data;
using DialogueOps.Domain.Notifications;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Notifications;

/// <summary>
/// The one way a message to a person leaves the app. <see cref="Add"/> writes the notification into the unit of work of
/// the change that causes it, so it commits (or not) with that change; <see cref="SendCommitted"/>, after the commit, asks
/// for it to be sent now instead of at the dispatcher's next minute. A crash in between loses nothing: the row is due.
/// </summary>
public sealed class Outbox(DialogueOpsDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    private readonly List<Notification> written = [];

    public void Add(Notification notification)
    {
        db.Notifications.Add(notification);
        written.Add(notification);
    }

    /// <summary>Queues the send of every notification written so far that is now in the database (a rolled-back attempt's are not).</summary>
    public void SendCommitted()
    {
        foreach (var notification in written.Where(n => n.Id != 0 && db.Entry(n).State == EntityState.Unchanged))
        {
            var id = notification.Id;
            var wait = notification.DueAt - clock.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero)
            {
                // Held back on purpose (a status mail a correction may replace); the dispatcher's sweep sends it if this is lost.
                jobs.Schedule<SendNotificationJob>(job => job.RunAsync(id, CancellationToken.None), wait);
            }
            else
            {
                jobs.Enqueue<SendNotificationJob>(job => job.RunAsync(id, CancellationToken.None));
            }
        }

        written.Clear();
    }
}
