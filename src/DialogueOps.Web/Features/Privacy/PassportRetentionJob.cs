using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Infrastructure.Email;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Audit;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Features.Privacy;

/// <summary>
/// Daily: erases passport numbers and dates of birth once an event ended more than Privacy:PassportRetentionDays ago.
/// Letters keep their reference and verification status, so a consulate can still check one. Safe to run any number of times.
/// </summary>
public sealed class PassportRetentionJob(DialogueOpsDbContext db, MailKitEmailSender mail, TimeProvider clock, IOptions<PrivacyOptions> options, ILogger<PassportRetentionJob> logger)
{
    public const string Id = "passport-retention";

    /// <summary>Returns how many passports and letters were erased.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lastEndDate = DateOnly.FromDateTime(now).AddDays(-options.Value.PassportRetentionDays - 1);
        var events = await db.Events.Where(e => e.EndDate <= lastEndDate).Select(e => e.Id).ToListAsync(ct);
        var erased = 0;
        foreach (var eventId in events)
        {
            var participants = db.Participants.Where(p => p.EventId == eventId).Select(p => p.Id);
            var passports = await db.PassportDetails.Where(p => participants.Contains(p.ParticipantId)).ExecuteDeleteAsync(ct);
            var letters = await db.VisaLetterRequests.Where(r => r.EventId == eventId && r.PassportErasedAt == null).ToListAsync(ct);
            foreach (var letter in letters)
            {
                letter.ErasePassport(now);
            }

            // Host manifests went out with passport numbers; the pickup folder's copies go with the passports.
            foreach (var id in await db.Notifications.Where(n => n.EventId == eventId && n.Kind == NotificationKind.HostManifest).Select(n => n.Id).ToListAsync(ct))
            {
                mail.Forget(Notification.DeliveryKeyFor(id));
            }

            if (passports + letters.Count > 0)
            {
                db.AuditEntries.Add(new AuditEntry(null, now, AuditActions.RetentionPurge, "Event", eventId.ToString(CultureInfo.InvariantCulture)));
                await db.SaveChangesAsync(ct);
                logger.LogInformation("Retention: erased {Passports} passports and {Letters} letters' passport data for event {EventId}", passports, letters.Count, eventId);
            }

            erased += passports + letters.Count;
        }

        return erased;
    }
}
