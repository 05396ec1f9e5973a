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
        // A registration's status mail with a newer one behind it is never claimed (in the same statement, so a claimed one is
        // always one the person will get, and a later mail can count on it): the newer one says what is true now.
        var claimed = await db.Notifications
            .Where(n => n.Id == notificationId && n.SentAt == null && n.CancelledAt == null && n.Attempts < Notification.MaxAttempts
                        && (n.ClaimedAt == null || (recoverClaims && n.ClaimedAt < lost)))
            .Where(NotSuperseded)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.ClaimedAt, now).SetProperty(x => x.Attempts, x => x.Attempts + 1), ct);
        if (claimed == 0)
        {
            await db.Notifications.Where(n => n.Id == notificationId && n.SentAt == null && n.CancelledAt == null && n.ClaimedAt == null)
                .Where(Superseded)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.CancelledAt, now).SetProperty(x => x.LastError, "Superseded by a newer status"), ct);
            return;
        }

        var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == notificationId, ct);
        if (notification.IsRegistrationNews && await NeverToldAsync(notification, ct))
        {
            await db.Notifications.Where(n => n.Id == notificationId).ExecuteUpdateAsync(n => n
                .SetProperty(x => x.CancelledAt, clock.GetUtcNow().UtcDateTime).SetProperty(x => x.LastError, "The person was never told of what this cancels"), ct);
            return;
        }

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

    /// <summary>A registration's status mail with a newer one about the same registration behind it (one SQL condition, for the claim's own statement).</summary>
    private System.Linq.Expressions.Expression<Func<Notification, bool>> Superseded =>
        n => n.SubjectType == "Participant" && (n.Kind == NotificationKind.StatusChanged || n.Kind == NotificationKind.Nominated)
             && db.Notifications.Any(m => m.Id > n.Id && m.SubjectType == n.SubjectType && m.SubjectId == n.SubjectId && m.RecipientEmail == n.RecipientEmail
                                          && (m.Kind == NotificationKind.StatusChanged || m.Kind == NotificationKind.Nominated));

    private System.Linq.Expressions.Expression<Func<Notification, bool>> NotSuperseded
    {
        get
        {
            var superseded = Superseded;
            return System.Linq.Expressions.Expression.Lambda<Func<Notification, bool>>(System.Linq.Expressions.Expression.Not(superseded.Body), superseded.Parameters);
        }
    }

    /// <summary>
    /// A cancellation or refusal of a registration the person never heard of (every earlier mail about it was replaced
    /// before it went): telling them would be news about nothing.
    /// </summary>
    private async Task<bool> NeverToldAsync(Notification notification, CancellationToken ct)
    {
        if (notification.Detail is not (nameof(Domain.Delegations.ParticipantStatus.Cancelled) or nameof(Domain.Delegations.ParticipantStatus.Declined)))
        {
            return false;
        }

        var earlier = db.Notifications.AsNoTracking().Where(n => n.Id < notification.Id && n.SubjectType == notification.SubjectType
            && n.SubjectId == notification.SubjectId && n.RecipientEmail == notification.RecipientEmail
            && (n.Kind == NotificationKind.StatusChanged || n.Kind == NotificationKind.Nominated));
        return await earlier.AnyAsync(ct) && !await earlier.AnyAsync(n => n.SentAt != null || (n.ClaimedAt != null && n.CancelledAt == null), ct);
    }
}
