using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Outcomes;

public enum OutcomeSummaryStatus
{
    Draft = 0,
    Published = 1,
}

/// <summary>What a session's rapporteur writes down: key points, recommendations and follow-up actions.</summary>
public class SessionOutcome : IVersioned
{
    public const int KeyPointsMaxLength = 20_000;
    public const int TextMaxLength = 4000;
    public const int TagsMaxLength = 500;
    public const int ActionMaxLength = 2000;
    public const int OwnerMaxLength = 300;

    private readonly List<Recommendation> recommendations = [];
    private readonly List<FollowUpAction> followUps = [];

    private SessionOutcome()
    {
    }

    public SessionOutcome(int sessionId, int? rapporteurParticipantId)
    {
        SessionId = sessionId;
        RapporteurParticipantId = rapporteurParticipantId;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int? RapporteurParticipantId { get; private set; }
    public string? KeyPoints { get; private set; }

    /// <summary>Who saved last and when, so the person whose save collided sees whose text they are looking at.</summary>
    public DateTime? LastEditedAt { get; private set; }

    public string? LastEditedBy { get; private set; }

    public Guid Version { get; set; }
    public IReadOnlyCollection<Recommendation> Recommendations => recommendations;
    public IReadOnlyCollection<FollowUpAction> FollowUps => followUps;

    public void WriteKeyPoints(string? keyPoints) => KeyPoints = keyPoints;

    /// <summary>
    /// Replaces the notes with the rapporteur's whole form. Rows left entirely blank are dropped; a row with
    /// something in it but no text is an error, so nothing typed is silently thrown away.
    /// </summary>
    public void Revise(string? keyPoints, IReadOnlyList<(string? Text, string? Tags, int? DelegationId)> recommended,
        IReadOnlyList<(string? Action, string? Owner, DateOnly? Due)> actions, string editedBy, DateTime atUtc)
    {
        var (errors, newRecommendations, newFollowUps) = Read(keyPoints, recommended, actions);
        errors.ThrowIfAny();
        KeyPoints = string.IsNullOrWhiteSpace(keyPoints) ? null : keyPoints.Trim();
        recommendations.Clear();
        recommendations.AddRange(newRecommendations);
        followUps.Clear();
        followUps.AddRange(newFollowUps);
        LastEditedAt = atUtc;
        LastEditedBy = editedBy;
    }

    /// <summary>Every broken rule of a revision at once, keyed by form field, for the page to show.</summary>
    public static RuleErrors Check(string? keyPoints, IReadOnlyList<(string? Text, string? Tags, int? DelegationId)> recommended,
        IReadOnlyList<(string? Action, string? Owner, DateOnly? Due)> actions) => Read(keyPoints, recommended, actions).Errors;

    private static (RuleErrors Errors, List<Recommendation> Recommendations, List<FollowUpAction> FollowUps) Read(string? keyPoints,
        IReadOnlyList<(string? Text, string? Tags, int? DelegationId)> recommended, IReadOnlyList<(string? Action, string? Owner, DateOnly? Due)> actions)
    {
        var errors = new RuleErrors();
        keyPoints = string.IsNullOrWhiteSpace(keyPoints) ? null : keyPoints.Trim();
        errors.When(keyPoints?.Length > KeyPointsMaxLength, nameof(KeyPoints), "Key points are limited to 20,000 characters.");
        var newRecommendations = new List<Recommendation>();
        foreach (var (r, i) in recommended.Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(r.Text) && string.IsNullOrWhiteSpace(r.Tags) && r.DelegationId is null)
            {
                continue;
            }

            var field = $"Recommendations[{i}].Text";
            errors.When(string.IsNullOrWhiteSpace(r.Text), field, "A recommendation needs its text (or clear the whole row).");
            errors.When(r.Text?.Trim().Length > TextMaxLength, field, "A recommendation is limited to 4,000 characters.");
            var tags = Tags(r.Tags);
            errors.When(tags?.Length > TagsMaxLength, $"Recommendations[{i}].Tags", "Tags are limited to 500 characters.");
            newRecommendations.Add(new Recommendation(r.Text?.Trim() ?? "", tags, r.DelegationId));
        }

        var newFollowUps = new List<FollowUpAction>();
        foreach (var (f, i) in actions.Select((f, i) => (f, i)))
        {
            if (string.IsNullOrWhiteSpace(f.Action) && string.IsNullOrWhiteSpace(f.Owner) && f.Due is null)
            {
                continue;
            }

            var field = $"FollowUps[{i}].Action";
            errors.When(string.IsNullOrWhiteSpace(f.Action), field, "A follow-up needs the action (or clear the whole row).");
            errors.When(f.Action?.Trim().Length > ActionMaxLength, field, "An action is limited to 2,000 characters.");
            errors.When(f.Owner?.Trim().Length > OwnerMaxLength, $"FollowUps[{i}].Owner", "The owner is limited to 300 characters.");
            newFollowUps.Add(new FollowUpAction(f.Action?.Trim() ?? "", string.IsNullOrWhiteSpace(f.Owner) ? null : f.Owner.Trim(), f.Due));
        }

        return (errors, newRecommendations, newFollowUps);
    }

    /// <summary>"AI safety, data governance": trimmed, de-duplicated ignoring case, in the order written.</summary>
    public static string? Tags(string? tags)
    {
        var list = (tags ?? "").Split([',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    public Recommendation Recommend(string text, string? tags, int? proposingDelegationId)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("A recommendation needs text.", nameof(Recommendation.Text));
        }

        var recommendation = new Recommendation(text.Trim(), Tags(tags), proposingDelegationId);
        recommendations.Add(recommendation);
        return recommendation;
    }

    public FollowUpAction FollowUp(string action, string? owner, DateOnly? due)
    {
        if (string.IsNullOrWhiteSpace(action))
        {
            throw new DomainException("A follow-up needs an action.", nameof(FollowUpAction.Action));
        }

        var followUp = new FollowUpAction(action.Trim(), owner, due);
        followUps.Add(followUp);
        return followUp;
    }
}

public class Recommendation
{
    private Recommendation()
    {
    }

    internal Recommendation(string text, string? tags, int? proposingDelegationId)
    {
        Text = text;
        Tags = tags;
        ProposingDelegationId = proposingDelegationId;
    }

    public int Id { get; private set; }
    public int SessionOutcomeId { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>Comma-separated tags ("data governance, AI safety").</summary>
    public string? Tags { get; private set; }

    public IReadOnlyList<string> TagList => (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public int? ProposingDelegationId { get; private set; }
}

public class FollowUpAction
{
    private FollowUpAction()
    {
    }

    internal FollowUpAction(string action, string? owner, DateOnly? due)
    {
        Action = action;
        Owner = owner;
        DueDate = due;
    }

    public int Id { get; private set; }
    public int SessionOutcomeId { get; private set; }
    public string Action { get; private set; } = "";
    public string? Owner { get; private set; }
    public DateOnly? DueDate { get; private set; }
}

public class OutcomeSummary : IVersioned
{
    private OutcomeSummary()
    {
    }

    public OutcomeSummary(int eventId) => EventId = eventId;

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string? Introduction { get; private set; }
    public OutcomeSummaryStatus Status { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public Guid Version { get; set; }

    public void WriteIntroduction(string? introduction)
    {
        if (Status == OutcomeSummaryStatus.Published)
        {
            throw new DomainException("A published summary cannot be edited.");
        }

        Introduction = introduction;
    }

    /// <param name="eventStartsAtUtc">A summary of a dialogue that has not begun would report on nothing.</param>
    public void Publish(DateTime atUtc, DateTime eventStartsAtUtc)
    {
        if (Status == OutcomeSummaryStatus.Published)
        {
            throw new DomainException("The summary is already published.");
        }

        if (atUtc < eventStartsAtUtc)
        {
            throw new DomainException("The summary can be published once the event has begun.");
        }

        Status = OutcomeSummaryStatus.Published;
        PublishedAt = atUtc;
    }

    /// <summary>Back to a draft (a mistake found after publishing); the public page goes until it is published again.</summary>
    public void Withdraw()
    {
        if (Status != OutcomeSummaryStatus.Published)
        {
            throw new DomainException("The summary is not published.");
        }

        Status = OutcomeSummaryStatus.Draft;
        PublishedAt = null;
    }
}

/// <summary>One check-in: for a whole day (<see cref="Day"/>) or one session (<see cref="SessionId"/>).</summary>
public class Attendance
{
    private Attendance()
    {
    }

    public Attendance(int participantId, DateOnly? day, int? sessionId, DateTime checkedInAtUtc, string byUserId)
    {
        if (day is null == sessionId is null)
        {
            throw new DomainException("Attendance is for a day or for a session, not both.");
        }

        ParticipantId = participantId;
        Day = day;
        SessionId = sessionId;
        CheckedInAt = checkedInAtUtc;
        ByUserId = byUserId;
    }

    public long Id { get; private set; }
    public int ParticipantId { get; private set; }
    public DateOnly? Day { get; private set; }
    public int? SessionId { get; private set; }
    public DateTime CheckedInAt { get; private set; }
    public string ByUserId { get; private set; } = "";
}
