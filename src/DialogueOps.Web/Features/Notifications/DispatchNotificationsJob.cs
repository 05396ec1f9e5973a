using DialogueOps.Data;
using DialogueOps.Domain.Events;
using DialogueOps.Web.Infrastructure.Email;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Features.Notifications;

/// <summary>
/// Every minute: bring each running event's reminders up to date, then hand every due notification to its own small send
/// job. Running it twice at once is harmless: the send job's claim lets only one of them send.
/// </summary>
public sealed class DispatchNotificationsJob(DialogueOpsDbContext db, ReminderPlanner planner, IBackgroundJobClient jobs, MailKitEmailSender mail,
    IOptions<ReminderOptions> options, TimeProvider clock)
{
    public const string Id = "dispatch-notifications";
    public const int BatchSize = 2000;

    /// <summary>Returns the number of send jobs enqueued.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var running = await db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Archived && e.EndDate >= today.AddDays(-1))
            .Select(e => e.Id).ToListAsync(ct);
        foreach (var eventId in running)
        {
            await planner.PlanAsync(eventId, ct);
        }

        // A row already handed to a send job is handed again only when that job looks lost (queue wiped, worker gone). A row
        // claimed by a job that died mid-send is handed again only where the send job can find out whether it went out.
        var lost = now - options.Value.LostAfter;
        var recoverClaims = mail.KnowsWhatWasDelivered;
        var due = await db.Notifications.AsNoTracking()
            .Where(n => n.DueAt <= now && n.SentAt == null && n.CancelledAt == null && (n.ClaimedAt == null || (recoverClaims && n.ClaimedAt < lost))
                        && n.Attempts < Domain.Notifications.Notification.MaxAttempts && (n.NextAttemptAt == null || n.NextAttemptAt <= now)
                        && (n.EnqueuedAt == null || n.EnqueuedAt < lost || (n.NextAttemptAt != null && n.EnqueuedAt < n.NextAttemptAt)))
            .OrderBy(n => n.DueAt).Select(n => n.Id).Take(BatchSize).ToListAsync(ct);
        foreach (var chunk in due.Chunk(500))
        {
            await db.Notifications.Where(n => chunk.Contains(n.Id)).ExecuteUpdateAsync(n => n.SetProperty(x => x.EnqueuedAt, now), ct);
        }

        foreach (var id in due)
        {
            jobs.Enqueue<SendNotificationJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return due.Count;
    }
}
