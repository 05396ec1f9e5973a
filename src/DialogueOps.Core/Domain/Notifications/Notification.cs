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

    public Notification(int? eventId, NotificationKind kind, string recipientEmail, string subjectType, int subjectId, DateTime dueAtUtc)
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
        IdempotencyKey = $"{kind}:{RecipientEmail}:{subjectType}:{subjectId}:{dueAtUtc:yyyyMMddHHmm}";
    }

    public long Id { get; private set; }
    public int? EventId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string RecipientEmail { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public int SubjectId { get; private set; }
    public DateTime DueAt { get; private set; }
    public string IdempotencyKey { get; private set; } = "";
    public int Attempts { get; private set; }
    public DateTime? SentAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public string? LastError { get; private set; }
}

public class ReminderRule
{
    private ReminderRule()
    {
    }

    public ReminderRule(int eventId, NotificationKind kind, int offsetMinutes, string audience)
    {
        EventId = eventId;
        Kind = kind;
        OffsetMinutes = offsetMinutes;
        Audience = audience;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public NotificationKind Kind { get; private set; }

    /// <summary>Minutes before the subject's time. Minutes, not TimeSpan: SQL Server maps TimeSpan to time, which stops at 24 h.</summary>
    public int OffsetMinutes { get; private set; }

    public string Audience { get; private set; } = "";
    public bool Enabled { get; private set; } = true;
}
