using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Programme;

public enum SessionKind
{
    Opening = 1,
    Keynote = 2,
    Roundtable = 3,
    Panel = 4,
    Presentation = 5,
    Break = 6,
    Meal = 7,
    SiteVisit = 8,
    Closing = 9,
}

public enum SessionRoleKind
{
    Chair = 1,
    Moderator = 2,
    Speaker = 3,
    Discussant = 4,
    Rapporteur = 5,
}

public class Session : IVersioned
{
    private readonly List<SessionRole> roles = [];

    private Session()
    {
    }

    public Session(int eventId, string title, string? localTitle, SessionKind kind, DateTime startsAtUtc, DateTime endsAtUtc, int? roomId)
    {
        EventId = eventId;
        Kind = kind;
        Retitle(title, localTitle);
        Reschedule(startsAtUtc, endsAtUtc, roomId);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string Title { get; private set; } = "";
    public string? LocalTitle { get; private set; }
    public SessionKind Kind { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public int? RoomId { get; private set; }
    public string? Description { get; private set; }

    /// <summary>Working languages as BCP 47 tags separated by commas ("en,zh-Hans").</summary>
    public string? Languages { get; private set; }

    public bool InterpretationProvided { get; private set; }
    public Guid Version { get; set; }
    public IReadOnlyCollection<SessionRole> Roles => roles;

    public void Retitle(string title, string? localTitle)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("The session's title is required.", nameof(Title));
        }

        Title = title.Trim();
        LocalTitle = string.IsNullOrWhiteSpace(localTitle) ? null : localTitle.Trim();
    }

    public void Reschedule(DateTime startsAtUtc, DateTime endsAtUtc, int? roomId)
    {
        if (endsAtUtc <= startsAtUtc)
        {
            throw new DomainException("A session must end after it starts.", nameof(EndsAt));
        }

        StartsAt = startsAtUtc;
        EndsAt = endsAtUtc;
        RoomId = roomId;
    }

    public void Describe(string? description, string? languages, bool interpretationProvided)
    {
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Languages = string.IsNullOrWhiteSpace(languages) ? null : languages.Trim();
        InterpretationProvided = interpretationProvided;
    }

    public bool Overlaps(DateTime startsAtUtc, DateTime endsAtUtc) => StartsAt < endsAtUtc && startsAtUtc < EndsAt;

    public SessionRole Assign(int participantId, SessionRoleKind role)
    {
        if (roles.Any(r => r.ParticipantId == participantId && r.Role == role))
        {
            throw new DomainException("This person already has that role in the session.", "ParticipantId");
        }

        var assigned = new SessionRole(participantId, role, roles.Count(r => r.Role == role) + 1);
        roles.Add(assigned);
        return assigned;
    }
}

public class SessionRole
{
    private SessionRole()
    {
    }

    internal SessionRole(int participantId, SessionRoleKind role, int order)
    {
        ParticipantId = participantId;
        Role = role;
        Order = order;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int ParticipantId { get; private set; }
    public SessionRoleKind Role { get; private set; }

    /// <summary>Speaking order within the role; defaults to the order of assignment until the programme issue sorts by protocol.</summary>
    public int Order { get; private set; }

    public void MoveTo(int order) => Order = order < 1 ? throw new DomainException("Order starts at 1.", nameof(Order)) : order;
}
