using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Notifications;

public enum NotificationKind
{
    RegistrationClosingSoon = 1,
    VisaDeadlineApproaching = 2,
    SecurityDataDeadline = 3,
    SpeakerReminder = 4,
    SiteVisitDeparture = 5,
    OutcomeSummaryPublished = 6,
    StatusChanged = 7,

    /// <summary>The issued visa letter, attached: in the outbox so that a crash after numbering cannot lose it.</summary>
    LetterIssued = 8,

    /// <summary>A visa-letter request was received or decided; <see cref="Notification.Detail"/> is the new status.</summary>
    VisaLetterStatusChanged = 9,

    /// <summary>A seat on a site visit came free and went to the recipient.</summary>
    SiteVisitSeat = 10,

    /// <summary>A focal point nominated the recipient; <see cref="Notification.Detail"/> is the status the nomination got.</summary>
    Nominated = 11,

    /// <summary>The visitor manifest for the host company's security desk, attached as it stands when the mail is written.</summary>
    HostManifest = 12,

    /// <summary>The recipient was given a role on the event's team (the grant is the subject); a person without a password gets a link to set one.</summary>
    TeamGrant = 13,

    /// <summary>A message written by the organizers or the secretariat (the <see cref="Notifications.Announcement"/> is the subject).</summary>
    Announcement = 14,

    /// <summary>A session the recipient speaks in or chairs moved (time or room); the mail reads where it is now.</summary>
    SessionMoved = 15,
}

/// <summary>
/// The database, not the job queue, is the source of truth for what is due: one row per
/// (kind, recipient, subject, due time), made unique by <see cref="IdempotencyKey"/>.
/// </summary>
public class Notification
{
    private Notification()
    {
    }

    /// <param name="anchorUtc">The time the reminder is about (session start, deadline); it, not the due time, makes the key,
    /// so moving the session makes a new notification while quiet hours or a late start only move the due time.</param>
    public Notification(int? eventId, NotificationKind kind, string recipientEmail, string subjectType, int subjectId, DateTime dueAtUtc, DateTime? anchorUtc = null)
    {
        if (string.IsNullOrWhiteSpace(recipientEmail))
        {
            throw new DomainException("A notification needs a recipient.", nameof(RecipientEmail));
        }

        EventId = eventId;
        Kind = kind;
        RecipientEmail = recipientEmail.Trim().ToLowerInvariant();
        SubjectType = subjectType;
        SubjectId = subjectId;
        DueAt = dueAtUtc;
        IdempotencyKey = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{kind}:{RecipientEmail}:{subjectType}:{subjectId}:{anchorUtc ?? dueAtUtc:yyyyMMddHHmm}");
    }

    /// <summary>
    /// A message written once because someone did something (a decision, a nomination), in the transaction of that change:
    /// its own key, since the row itself is the one record of the message, and the change it reports (a status) as detail,
    /// because by the time it is sent the subject may have changed again.
    /// </summary>
    public static Notification Announce(int eventId, NotificationKind kind, string recipientEmail, string subjectType, int subjectId, DateTime nowUtc, string? detail = null)
    {
        var notification = new Notification(eventId, kind, recipientEmail, subjectType, subjectId, nowUtc) { Detail = detail };
        notification.IdempotencyKey = $"{notification.IdempotencyKey}:{detail}:{Guid.NewGuid():N}";
        return notification;
    }

    public long Id { get; private set; }
    public int? EventId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string RecipientEmail { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public int SubjectId { get; private set; }

    /// <summary>What changed, for announcements (a status name); the subject itself is read when the mail is written.</summary>
    public string? Detail { get; private set; }
    public DateTime DueAt { get; private set; }
    public string IdempotencyKey { get; private set; } = "";
    public int Attempts { get; private set; }
    public DateTime? SentAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>
    /// Set by the send job, in one conditional UPDATE, before it talks to the mail server: a row is claimed once, so it is
    /// sent at most once. A claim without <see cref="SentAt"/> after a crash is "uncertain": over SMTP it waits for a person; where
    /// the mail's delivery can be checked (Pickup mode) the send job settles it once the claim is old enough.
    /// </summary>
    public DateTime? ClaimedAt { get; private set; }

    /// <summary>When the dispatcher last handed the row to a send job; it hands it again only if that job seems lost.</summary>
    public DateTime? EnqueuedAt { get; private set; }

    /// <summary>After a failure, the dispatcher tries again from here (exponential backoff).</summary>
    public DateTime? NextAttemptAt { get; private set; }

    public const int MaxAttempts = 8;

    /// <summary>Kinds written once by a step someone took, not planned from the event's reminder rules (the planner leaves them be).</summary>
    public static readonly NotificationKind[] Announcements =
    [
        NotificationKind.StatusChanged, NotificationKind.OutcomeSummaryPublished, NotificationKind.LetterIssued, NotificationKind.VisaLetterStatusChanged,
        NotificationKind.SiteVisitSeat, NotificationKind.Nominated, NotificationKind.HostManifest, NotificationKind.TeamGrant,
        NotificationKind.Announcement, NotificationKind.SessionMoved,
    ];

    /// <summary>
    /// A mail about a registration's status (a decision, a nomination). Only the newest one for a registration is worth sending:
    /// the send job drops one that a newer one replaced, and a cancellation of a registration the person was never told about.
    /// </summary>
    public bool IsRegistrationNews => SubjectType == "Participant" && Kind is NotificationKind.StatusChanged or NotificationKind.Nominated;

    public NotificationState State => CancelledAt is not null ? NotificationState.Cancelled
        : SentAt is not null ? NotificationState.Sent
        : ClaimedAt is not null ? NotificationState.Sending
        : Attempts >= MaxAttempts ? NotificationState.Failed
        : LastError is not null ? NotificationState.Retrying
        : NotificationState.Pending;

    public void MoveTo(DateTime dueAtUtc) => DueAt = dueAtUtc;

    public void Cancel(DateTime atUtc) => CancelledAt ??= atUtc;

    /// <summary>For an erased person: the row stays (the outbox's history, counts) but no longer names them; an unsent one is cancelled.</summary>
    public void EraseRecipient(DateTime atUtc)
    {
        RecipientEmail = $"erased-{Id}@erased.invalid";
        IdempotencyKey = $"erased:{Id}";
        Detail = null;
        LastError = null;
        if (SentAt is null)
        {
            Cancel(atUtc);
        }
    }

    /// <summary>The key under which the mail's copy (a pickup file) is kept, so it can be found and removed.</summary>
    public string DeliveryKey => DeliveryKeyFor(Id);

    public static string DeliveryKeyFor(long id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"notification-{id}");

    /// <summary>Backoff after <paramref name="attempts"/> failed tries: 1, 2, 4 … minutes, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>The organizer's resend: a fresh row due now, with its own key, so the first one's history stays.</summary>
    public Notification Resend(DateTime nowUtc)
    {
        var copy = new Notification(EventId, Kind, RecipientEmail, SubjectType, SubjectId, nowUtc, DueAt);
        copy.Detail = Detail;
        copy.IdempotencyKey = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{IdempotencyKey}:resend:{nowUtc:yyyyMMddHHmmssfff}");
        return copy;
    }
}

public enum NotificationState
{
    Pending,
    Sending,
    Sent,
    Retrying,
    Failed,
    Cancelled,
}

public class ReminderRule
{
    private ReminderRule()
    {
    }

    public ReminderRule(int eventId, NotificationKind kind, int offsetMinutes, string audience, bool enabled = true)
    {
        EventId = eventId;
        Kind = kind;
        Audience = audience;
        Change(offsetMinutes, enabled);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public NotificationKind Kind { get; private set; }

    /// <summary>Minutes before the subject's time. Minutes, not TimeSpan: SQL Server maps TimeSpan to time, which stops at 24 h.</summary>
    public int OffsetMinutes { get; private set; }

    public string Audience { get; private set; } = "";
    public bool Enabled { get; private set; } = true;

    public void Change(int offsetMinutes, bool enabled)
    {
        if (offsetMinutes is < 0 or > 60 * 24 * 60)
        {
            throw new DomainException("Offsets are whole hours between 0 and 1440.", nameof(OffsetMinutes));
        }

        OffsetMinutes = offsetMinutes;
        Enabled = enabled;
    }
}
