using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Notifications;

/// <summary>Who an announcement goes to; <see cref="Announcement.AudienceValue"/> names the delegation, session or visit.</summary>
public enum AnnouncementAudience
{
    AllConfirmed = 1,
    Delegation = 2,
    Category = 3,
    SessionSpeakers = 4,
    SiteVisitVisitors = 5,
    WithoutVisaLetterRequest = 6,

    /// <summary>People ticked on the participant list.</summary>
    Chosen = 7,
}

/// <summary>
/// A message the organizers or the secretariat write to a group. The recipients are fixed when it is sent or scheduled, one
/// outbox notification each (so every person's delivery has its own status and retries); the text is read when each mail is
/// written, with the person's own name and details filled in.
/// </summary>
public class Announcement
{
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 8000;

    /// <summary>The fields a text may name; each is replaced by the recipient's own value.</summary>
    public static readonly string[] Fields = ["{name}", "{country}", "{category}", "{link}"];

    private Announcement()
    {
    }

    public Announcement(int eventId, string subject, string body, string? localSubject, string? localBody,
        AnnouncementAudience audience, string? audienceValue, string audienceDescription, string createdByUserId, DateTime createdAtUtc, DateTime sendAtUtc)
    {
        if (string.IsNullOrWhiteSpace(subject) || subject.Trim().Length > SubjectMaxLength)
        {
            throw new DomainException("Write a subject of at most 200 characters.", nameof(Subject));
        }

        if (string.IsNullOrWhiteSpace(body) || body.Trim().Length > BodyMaxLength)
        {
            throw new DomainException("Write a message of at most 8000 characters.", nameof(Body));
        }

        if (string.IsNullOrWhiteSpace(localSubject) != string.IsNullOrWhiteSpace(localBody))
        {
            throw new DomainException("Give the Chinese subject and message together, or neither.", nameof(LocalBody));
        }

        if (localSubject?.Trim().Length > SubjectMaxLength || localBody?.Trim().Length > BodyMaxLength)
        {
            throw new DomainException("The Chinese subject or message is too long.", nameof(LocalBody));
        }

        if (sendAtUtc < createdAtUtc.AddMinutes(-1))
        {
            throw new DomainException("The sending time is in the past.", nameof(SendAt));
        }

        EventId = eventId;
        Subject = subject.Trim();
        Body = body.Trim();
        LocalSubject = string.IsNullOrWhiteSpace(localSubject) ? null : localSubject.Trim();
        LocalBody = string.IsNullOrWhiteSpace(localBody) ? null : localBody.Trim();
        Audience = audience;
        AudienceValue = audienceValue;
        AudienceDescription = audienceDescription;
        CreatedByUserId = createdByUserId;
        CreatedAt = createdAtUtc;
        SendAt = sendAtUtc < createdAtUtc ? createdAtUtc : sendAtUtc;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? LocalSubject { get; private set; }
    public string? LocalBody { get; private set; }
    public AnnouncementAudience Audience { get; private set; }

    /// <summary>A delegation, session or site-visit id, or a category name; null for audiences that need none.</summary>
    public string? AudienceValue { get; private set; }

    /// <summary>The group as the writer saw it ("Delegation: Malaysia"), kept because a session or a delegation may later go.</summary>
    public string AudienceDescription { get; private set; } = "";

    public string CreatedByUserId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime SendAt { get; private set; }
    public int RecipientCount { get; private set; }
    public DateTime? CancelledAt { get; private set; }

    public bool IsScheduled(DateTime nowUtc) => CancelledAt is null && SendAt > nowUtc;

    public void Address(int recipients) => RecipientCount = recipients > 0
        ? recipients
        : throw new DomainException("Nobody is in this group: there is no one to write to.", nameof(Audience));

    /// <summary>A scheduled announcement can be called off until it goes; the caller cancels its unsent notifications.</summary>
    public void Cancel(DateTime nowUtc)
    {
        if (CancelledAt is not null)
        {
            return;
        }

        if (SendAt <= nowUtc)
        {
            throw new DomainException("The announcement is already going out and can no longer be called off.");
        }

        CancelledAt = nowUtc;
    }

    /// <summary>The text with each field replaced by the recipient's value; unknown braces stay as written.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        foreach (var field in Fields)
        {
            text = text.Replace(field, values.TryGetValue(field, out var value) ? value : "", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
