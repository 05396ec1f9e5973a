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

    /// <summary>How many people the organizers expect; checked against the room's capacity.</summary>
    public int? ExpectedAudience { get; private set; }

    /// <summary>Why the organizer saved despite conflicts; null when there were none.</summary>
    public string? ConflictOverrideReason { get; private set; }

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

    public void ExpectAudience(int? audience) => ExpectedAudience = audience is < 0 or > 100_000
        ? throw new DomainException("The expected audience must be between 0 and 100,000.", nameof(ExpectedAudience))
        : audience;

    /// <summary>Saving over conflicts needs a reason, so the next organizer knows it was deliberate.</summary>
    public void AcceptConflicts(string? reason) => ConflictOverrideReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

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

    public void Unassign(int participantId, SessionRoleKind kind)
    {
        var role = Find(participantId, kind);
        roles.Remove(role);
        Renumber(role.Role, roles.Where(r => r.Role == role.Role).OrderBy(r => r.Order).ToList());
    }

    /// <summary>Protocol order: rank first, then the country's English name, then the family name.</summary>
    public void SortByProtocol(IReadOnlyDictionary<int, (int Rank, string Country, string FamilyName)> protocol)
    {
        foreach (var group in roles.GroupBy(r => r.Role))
        {
            Renumber(group.Key, group
                .OrderBy(r => protocol.TryGetValue(r.ParticipantId, out var p) ? p.Rank : int.MaxValue)
                .ThenBy(r => protocol.TryGetValue(r.ParticipantId, out var p) ? p.Country : "", StringComparer.Ordinal)
                .ThenBy(r => protocol.TryGetValue(r.ParticipantId, out var p) ? p.FamilyName : "", StringComparer.Ordinal)
                .ToList());
        }
    }

    /// <summary>Moves a speaker one place earlier (-1) or later (+1) among those of the same role.</summary>
    public void MoveRole(int participantId, SessionRoleKind kind, int direction)
    {
        var role = Find(participantId, kind);
        var ordered = roles.Where(r => r.Role == role.Role).OrderBy(r => r.Order).ToList();
        var index = ordered.IndexOf(role);
        var target = Math.Clamp(index + Math.Sign(direction), 0, ordered.Count - 1);
        ordered.RemoveAt(index);
        ordered.Insert(target, role);
        Renumber(role.Role, ordered);
    }

    private SessionRole Find(int participantId, SessionRoleKind kind) =>
        roles.FirstOrDefault(r => r.ParticipantId == participantId && r.Role == kind)
        ?? throw new DomainException("This role does not belong to the session.");

    private static void Renumber(SessionRoleKind kind, List<SessionRole> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
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
