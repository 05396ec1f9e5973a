using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.SiteVisits;

public enum SignupStatus
{
    Confirmed = 1,
    Waitlisted = 2,
    Cancelled = 3,
}

public class SiteVisit : IVersioned
{
    private SiteVisit()
    {
    }

    public SiteVisit(int eventId, int hostOrganizationId, string title, string? localTitle, DateTime startsAtUtc, DateTime endsAtUtc, int capacity)
    {
        EventId = eventId;
        HostOrganizationId = hostOrganizationId;
        Update(title, localTitle, startsAtUtc, endsAtUtc, capacity);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int HostOrganizationId { get; private set; }
    public string Title { get; private set; } = "";
    public string? LocalTitle { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public string? MeetingPoint { get; private set; }
    public string? Transport { get; private set; }
    public int Capacity { get; private set; }
    public DateTime? SecurityDataDeadline { get; private set; }
    public string? Rules { get; private set; }
    public bool PassportRequired { get; private set; }
    public Guid Version { get; set; }

    public void Update(string title, string? localTitle, DateTime startsAtUtc, DateTime endsAtUtc, int capacity)
    {
        new RuleErrors()
            .When(string.IsNullOrWhiteSpace(title), nameof(Title), "The visit's title is required.")
            .When(endsAtUtc <= startsAtUtc, nameof(EndsAt), "A visit must end after it starts.")
            .When(capacity is < 1 or > 1000, nameof(Capacity), "Capacity must be between 1 and 1,000.")
            .ThrowIfAny();
        Title = title.Trim();
        LocalTitle = string.IsNullOrWhiteSpace(localTitle) ? null : localTitle.Trim();
        StartsAt = startsAtUtc;
        EndsAt = endsAtUtc;
        Capacity = capacity;
    }

    public void SetLogistics(string? meetingPoint, string? transport, DateTime? securityDataDeadlineUtc, string? rules, bool passportRequired)
    {
        if (securityDataDeadlineUtc is not null && securityDataDeadlineUtc > StartsAt)
        {
            throw new DomainException("The security-data deadline must be before the visit.", nameof(SecurityDataDeadline));
        }

        MeetingPoint = meetingPoint;
        Transport = transport;
        SecurityDataDeadline = securityDataDeadlineUtc;
        Rules = rules;
        PassportRequired = passportRequired;
    }
}

public class SiteVisitSignup
{
    private SiteVisitSignup()
    {
    }

    public SiteVisitSignup(int siteVisitId, int participantId, SignupStatus status, int? waitlistPosition, DateTime rulesAcknowledgedAtUtc)
    {
        if (status == SignupStatus.Waitlisted && waitlistPosition is null or < 1)
        {
            throw new DomainException("A waitlisted sign-up needs a position.", nameof(WaitlistPosition));
        }

        SiteVisitId = siteVisitId;
        ParticipantId = participantId;
        Status = status;
        WaitlistPosition = status == SignupStatus.Waitlisted ? waitlistPosition : null;
        RulesAcknowledgedAt = rulesAcknowledgedAtUtc;
    }

    public int Id { get; private set; }
    public int SiteVisitId { get; private set; }
    public int ParticipantId { get; private set; }
    public SignupStatus Status { get; private set; }
    public int? WaitlistPosition { get; private set; }
    public DateTime RulesAcknowledgedAt { get; private set; }
}
