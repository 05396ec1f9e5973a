using DialogueOps.Data;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Infrastructure.Email;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Features.Notifications;

/// <summary>
/// Sends one notification. Re-entrant: it first claims the row with one conditional UPDATE (unclaimed, unsent, not
/// cancelled); a second run, concurrent or repeated, finds it claimed and does nothing. A claim whose job died mid-send
/// (a crash) is left alone over SMTP, where nobody can tell whether the server took the message: the row shows "Sending"
/// for a person to check, so a minister is never mailed twice. In Pickup mode the message's file says whether it went
/// out, so once the claim is older than <see cref="ReminderOptions.LostAfter"/> the row is claimed again and
/// either marked sent or sent: nothing lost, nothing twice.
/// </summary>
public sealed class SendNotificationJob(DialogueOpsDbContext db, NotificationComposer composer, MailKitEmailSender mail, IOptions<ReminderOptions> options,
    TimeProvider clock, ILogger<SendNotificationJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long notificationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lost = now - options.Value.LostAfter;
        var recoverClaims = mail.KnowsWhatWasDelivered;
        var claimed = await db.Notifications
            .Where(n => n.Id == notificationId && n.SentAt == null && n.CancelledAt == null && n.Attempts < Notification.MaxAttempts
                        && (n.ClaimedAt == null || (recoverClaims && n.ClaimedAt < lost)))
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.ClaimedAt, now).SetProperty(x => x.Attempts, x => x.Attempts + 1), ct);
        if (claimed == 0)
        {
            return;
        }

        var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == notificationId, ct);
        var deliveryKey = Notification.DeliveryKeyFor(notificationId);
        if (mail.WasDelivered(deliveryKey) == true)
        {
            logger.LogInformation("Notification {Id} had gone out before a crash; marked sent", notificationId);
        }
        else
        {
            try
            {
                var message = await composer.ComposeMessageAsync(notification, ct);
                await mail.SendAsync(message, deliveryKey, ct);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Not sent: release the claim and try again later; the dispatcher picks it up after the backoff.
                var retryAt = clock.GetUtcNow().UtcDateTime + Notification.Backoff(notification.Attempts);
                var reason = error.Message.Length > 1900 ? error.Message[..1900] : error.Message;
                await db.Notifications.Where(n => n.Id == notificationId).ExecuteUpdateAsync(n => n
                    .SetProperty(x => x.ClaimedAt, (DateTime?)null).SetProperty(x => x.LastError, reason).SetProperty(x => x.NextAttemptAt, retryAt), ct);
                logger.LogWarning("Notification {Id} not sent (attempt {Attempt}): {Reason}", notificationId, notification.Attempts, reason);
                return;
            }
        }

        await db.Notifications.Where(n => n.Id == notificationId)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.SentAt, clock.GetUtcNow().UtcDateTime), ct);
    }
}
