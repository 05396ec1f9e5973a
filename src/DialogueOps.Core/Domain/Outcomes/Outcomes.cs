using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Outcomes;

public enum OutcomeSummaryStatus
{
    Draft = 0,
    Published = 1,
}

public class SessionOutcome : IVersioned
{
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
    public Guid Version { get; set; }
    public IReadOnlyCollection<Recommendation> Recommendations => recommendations;
    public IReadOnlyCollection<FollowUpAction> FollowUps => followUps;

    public void WriteKeyPoints(string? keyPoints) => KeyPoints = keyPoints;

    public Recommendation Recommend(string text, string? tags, int? proposingDelegationId)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("A recommendation needs text.", nameof(Recommendation.Text));
        }

        var recommendation = new Recommendation(text.Trim(), tags, proposingDelegationId);
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

    /// <summary>Comma-separated tags ("data governance,AI safety").</summary>
    public string? Tags { get; private set; }

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

    public void Publish(DateTime atUtc)
    {
        if (Status == OutcomeSummaryStatus.Published)
        {
            throw new DomainException("The summary is already published.");
        }

        Status = OutcomeSummaryStatus.Published;
        PublishedAt = atUtc;
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
