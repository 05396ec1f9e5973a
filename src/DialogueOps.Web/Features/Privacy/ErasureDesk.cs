using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Audit;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Infrastructure.Email;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Privacy;

/// <summary>
/// Carries out a person's erasure request: the participant record is anonymised (counts survive), passports are deleted,
/// letters keep only their reference and status, the outbox stops naming them and drops its copies of their mails and of
/// host manifests, and the account is closed once nothing else needs it.
/// </summary>
public sealed class ErasureDesk(DialogueOpsDbContext db, UserManager<ApplicationUser> users, MailKitEmailSender mail, TimeProvider clock)
{
    public async Task EraseAsync(int eventId, int participantId, string byUserId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == participantId && p.EventId == eventId, ct)
            ?? throw new DomainException("This participant does not exist.");
        if (participant.ErasedAt is not null)
        {
            return;
        }

        var userId = participant.UserId;
        // Mails to them, and host manifests that may list them: the rows stop naming them, the pickup copies go.
        var address = participant.Email.Trim().ToLowerInvariant();
        var mails = await db.Notifications
            .Where(n => n.EventId == eventId && (n.RecipientEmail == address || n.Kind == NotificationKind.HostManifest))
            .ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        participant.Anonymise(now);
        foreach (var notification in mails.Where(n => n.RecipientEmail == address))
        {
            notification.EraseRecipient(now);
        }
        await db.PassportDetails.Where(p => p.ParticipantId == participantId).ExecuteDeleteAsync(ct);
        foreach (var letter in await db.VisaLetterRequests.Where(r => r.ParticipantId == participantId).ToListAsync(ct))
        {
            letter.EraseHolder(now);
        }

        await db.ParticipantStatusChanges.Where(c => c.ParticipantId == participantId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Reason, (string?)null), ct);
        db.AuditEntries.Add(new AuditEntry(byUserId, now, AuditActions.ErasureCarriedOut, "Participant", participantId.ToString(CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        foreach (var notification in mails)
        {
            mail.Forget(notification.DeliveryKey);
        }

        await mail.ForgetEverythingToAsync(address, ct);

        // The account goes too once no other registration still belongs to it.
        if (userId is not null && !await db.Participants.AnyAsync(p => p.UserId == userId, ct) && await users.FindByIdAsync(userId) is { } account)
        {
            await db.EventGrants.Where(g => g.UserId == userId).ExecuteDeleteAsync(ct);
            await users.DeleteAsync(account);
        }
    }
}
