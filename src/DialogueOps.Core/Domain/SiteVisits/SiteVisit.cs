using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.SiteVisits;

public enum SignupStatus
{
    Confirmed = 1,
    Waitlisted = 2,
    Cancelled = 3,
}

/// <summary>What an organizer types for a visit, validated all at once by <see cref="SiteVisit.Validate"/>.</summary>
public sealed record SiteVisitDetails(
    int HostOrganizationId,
    string Title,
    string? LocalTitle,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    int Capacity,
    string? MeetingPoint,
    string? Transport,
    IReadOnlyList<Vehicle> Vehicles,
    DateTime? SecurityDataDeadlineUtc,
    string? Rules,
    bool PassportRequired,
    string? HostContactEmail);

/// <summary>A bus or van and its seats; visitors are seated in confirmation order.</summary>
public sealed record Vehicle(string Name, int Seats);

/// <summary>
/// A visit to a host company. <see cref="Confirmed"/> and <see cref="WaitlistTickets"/> are counters under the visit's
/// concurrency token: taking a place updates the visit row, so two sign-ups racing for the last seat cannot both win.
/// </summary>
public class SiteVisit : IVersioned
{
    public const int MaxCapacity = 1000;

    private readonly List<Vehicle> vehicles = [];

    private SiteVisit()
    {
    }

    public SiteVisit(int eventId, int hostOrganizationId, string title, string? localTitle, DateTime startsAtUtc, DateTime endsAtUtc, int capacity)
    {
        EventId = eventId;
        HostOrganizationId = hostOrganizationId;
        Update(title, localTitle, startsAtUtc, endsAtUtc, capacity);
    }

    public static SiteVisit Create(int eventId, SiteVisitDetails details)
    {
        var visit = new SiteVisit { EventId = eventId };
        visit.Apply(details);
        return visit;
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

    /// <summary>Sign-up closes here: the host's security desk needs the list by then. Null: at the start of the visit.</summary>
    public DateTime? SecurityDataDeadline { get; private set; }

    public string? Rules { get; private set; }
    public bool PassportRequired { get; private set; }
    public string? HostContactEmail { get; private set; }
    public IReadOnlyList<Vehicle> Vehicles => vehicles;

    /// <summary>Confirmed visitors; never above <see cref="Capacity"/>.</summary>
    public int Confirmed { get; private set; }

    /// <summary>The last waitlist ticket handed out; tickets give the waitlist its order and never repeat.</summary>
    public int WaitlistTickets { get; private set; }

    public Guid Version { get; set; }

    public int SeatsLeft => Math.Max(0, Capacity - Confirmed);

    public DateTime SignupClosesAt => SecurityDataDeadline ?? StartsAt;

    public static RuleErrors Validate(SiteVisitDetails d)
    {
        var seats = d.Vehicles.Sum(v => v.Seats);
        return new RuleErrors()
            .When(d.HostOrganizationId <= 0, nameof(HostOrganizationId), "Choose the host organization.")
            .When(string.IsNullOrWhiteSpace(d.Title), nameof(Title), "The visit's title is required.")
            .When(d.Title?.Trim().Length > 300 || d.LocalTitle?.Trim().Length > 300, nameof(Title), "At most 300 characters.")
            .When(d.EndsAtUtc <= d.StartsAtUtc, nameof(EndsAt), "A visit must end after it starts.")
            .When(d.Capacity is < 1 or > MaxCapacity, nameof(Capacity), "Capacity must be between 1 and 1,000.")
            .When(d.SecurityDataDeadlineUtc is not null && d.SecurityDataDeadlineUtc > d.StartsAtUtc, nameof(SecurityDataDeadline),
                "The security-data deadline must be before the visit.")
            .When(d.Vehicles.Any(v => string.IsNullOrWhiteSpace(v.Name) || v.Seats is < 1 or > 100), "Vehicles",
                "Write one vehicle per line as “name, seats”, with 1 to 100 seats.")
            .When(d.Vehicles.Count > 0 && d.Vehicles.All(v => v.Seats is >= 1 and <= 100) && seats < d.Capacity, "Vehicles",
                "The vehicles seat fewer people than the capacity.")
            .When(d.MeetingPoint?.Length > 500, nameof(MeetingPoint), "At most 500 characters.")
            .When(d.Transport?.Length > 1000, nameof(Transport), "At most 1000 characters.")
            .When(d.Rules?.Length > 4000, nameof(Rules), "At most 4000 characters.")
            .When(d.HostContactEmail is { Length: > 0 } email && (!email.Contains('@') || email.Length > 256), nameof(HostContactEmail),
                "A valid email address is required.");
    }

    public void Apply(SiteVisitDetails details)
    {
        Validate(details).ThrowIfAny();
        if (details.Capacity < Confirmed)
        {
            throw new DomainException("The capacity cannot go below the visitors already confirmed.", nameof(Capacity));
        }

        HostOrganizationId = details.HostOrganizationId;
        Update(details.Title, details.LocalTitle, details.StartsAtUtc, details.EndsAtUtc, details.Capacity);
        vehicles.Clear();
        vehicles.AddRange(details.Vehicles.Select(v => v with { Name = v.Name.Trim() }));
        HostContactEmail = string.IsNullOrWhiteSpace(details.HostContactEmail) ? null : details.HostContactEmail.Trim();
        SetLogistics(Clean(details.MeetingPoint), Clean(details.Transport), details.SecurityDataDeadlineUtc, Clean(details.Rules), details.PassportRequired);
    }

    public void Update(string title, string? localTitle, DateTime startsAtUtc, DateTime endsAtUtc, int capacity)
    {
        new RuleErrors()
            .When(string.IsNullOrWhiteSpace(title), nameof(Title), "The visit's title is required.")
            .When(endsAtUtc <= startsAtUtc, nameof(EndsAt), "A visit must end after it starts.")
            .When(capacity is < 1 or > MaxCapacity, nameof(Capacity), "Capacity must be between 1 and 1,000.")
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

    /// <summary>A seat if one is free, else the next waitlist ticket. The caller saves the visit with its concurrency token.</summary>
    public (SignupStatus Status, int? Ticket) TakePlace()
    {
        if (Confirmed < Capacity)
        {
            Confirmed++;
            return (SignupStatus.Confirmed, null);
        }

        WaitlistTickets++;
        return (SignupStatus.Waitlisted, WaitlistTickets);
    }

    /// <summary>A confirmed visitor left; the caller promotes the first on the waitlist, which takes the seat again.</summary>
    public void FreePlace() => Confirmed = Math.Max(0, Confirmed - 1);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public class SiteVisitSignup
{
    private SiteVisitSignup()
    {
    }

    public SiteVisitSignup(int siteVisitId, int participantId, SignupStatus status, int? waitlistPosition, DateTime rulesAcknowledgedAtUtc)
    {
        SiteVisitId = siteVisitId;
        ParticipantId = participantId;
        Join(status, waitlistPosition, rulesAcknowledgedAtUtc);
    }

    public int Id { get; private set; }
    public int SiteVisitId { get; private set; }
    public int ParticipantId { get; private set; }
    public SignupStatus Status { get; private set; }

    /// <summary>The waitlist ticket: its order among those waiting. The position shown is the count of lower tickets plus one.</summary>
    public int? WaitlistPosition { get; private set; }

    public DateTime RulesAcknowledgedAt { get; private set; }

    /// <summary>When the seat was given; vehicles are filled in this order.</summary>
    public DateTime? ConfirmedAt { get; private set; }

    public bool IsActive => Status is SignupStatus.Confirmed or SignupStatus.Waitlisted;

    /// <summary>Signs up again after a cancellation (one row per person and visit).</summary>
    public void Join(SignupStatus status, int? ticket, DateTime atUtc)
    {
        if (status == SignupStatus.Waitlisted && ticket is null or < 1)
        {
            throw new DomainException("A waitlisted sign-up needs a position.", nameof(WaitlistPosition));
        }

        Status = status;
        WaitlistPosition = status == SignupStatus.Waitlisted ? ticket : null;
        RulesAcknowledgedAt = atUtc;
        ConfirmedAt = status == SignupStatus.Confirmed ? atUtc : null;
    }

    public void Promote(DateTime atUtc)
    {
        if (Status != SignupStatus.Waitlisted)
        {
            throw new DomainException("Only someone on the waitlist can be promoted.");
        }

        Status = SignupStatus.Confirmed;
        WaitlistPosition = null;
        ConfirmedAt = atUtc;
    }

    public void Cancel()
    {
        Status = SignupStatus.Cancelled;
        WaitlistPosition = null;
        ConfirmedAt = null;
    }
}
