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

        var assigned = new SessionRole(participantId, null, role, roles.Count(r => r.Role == role) + 1);
        roles.Add(assigned);
        return assigned;
    }

    /// <summary>A person who has not registered (yet): named on the programme as the organizer writes them (Indico's person link).</summary>
    public SessionRole AssignGuest(PersonLink person, SessionRoleKind role)
    {
        if (roles.Any(r => r.Role == role && r.GuestName is not null && string.Equals(r.GuestName, person.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("This person already has that role in the session.", "GuestName");
        }

        var assigned = new SessionRole(null, person, role, roles.Count(r => r.Role == role) + 1);
        roles.Add(assigned);
        return assigned;
    }

    /// <summary>
    /// The named person registered: the role now belongs to their registration (reminders, conflicts, their itinerary), and the
    /// programme keeps printing them as the organizer wrote them, so nothing published changes.
    /// </summary>
    public void Link(SessionRole role, int participantId)
    {
        Check(role);
        if (role.ParticipantId is not null)
        {
            throw new DomainException("This role already belongs to a registered participant.");
        }

        if (roles.Any(r => r.ParticipantId == participantId && r.Role == role.Role))
        {
            throw new DomainException("This person already has that role in the session.", "ParticipantId");
        }

        role.LinkTo(participantId);
    }

    public void Unassign(SessionRole role)
    {
        Check(role);
        roles.Remove(role);
        Renumber(role.Role, roles.Where(r => r.Role == role.Role).OrderBy(r => r.Order).ToList());
    }

    /// <summary>The registered people with a part in the session (person links not yet linked have no registration to count).</summary>
    public IReadOnlyList<int> ParticipantIds => roles.Where(r => r.ParticipantId is not null).Select(r => r.ParticipantId!.Value).Distinct().ToList();

    /// <summary>Protocol order: rank first, then the country's English name, then the family name; unregistered people after.</summary>
    public void SortByProtocol(IReadOnlyDictionary<int, (int Rank, string Country, string FamilyName)> protocol)
    {
        (int Rank, string Country, string FamilyName) Of(SessionRole r) =>
            r.ParticipantId is { } id && protocol.TryGetValue(id, out var p) ? p : (int.MaxValue, r.GuestCountry ?? "", r.GuestName ?? "");
        foreach (var group in roles.GroupBy(r => r.Role))
        {
            Renumber(group.Key, group
                .OrderBy(r => Of(r).Rank)
                .ThenBy(r => Of(r).Country, StringComparer.Ordinal)
                .ThenBy(r => Of(r).FamilyName, StringComparer.Ordinal)
                .ToList());
        }
    }

    /// <summary>Moves a speaker one place earlier (-1) or later (+1) among those of the same role.</summary>
    public void MoveRole(SessionRole role, int direction)
    {
        Check(role);
        var ordered = roles.Where(r => r.Role == role.Role).OrderBy(r => r.Order).ToList();
        var index = ordered.IndexOf(role);
        var target = Math.Clamp(index + Math.Sign(direction), 0, ordered.Count - 1);
        ordered.RemoveAt(index);
        ordered.Insert(target, role);
        Renumber(role.Role, ordered);
    }

    /// <summary>A saved role of this session by its id (a page names roles so).</summary>
    public SessionRole Role(int roleId) =>
        roles.FirstOrDefault(r => r.Id == roleId && roleId != 0)
        ?? throw new DomainException("This role does not belong to the session.");

    private void Check(SessionRole role)
    {
        if (!roles.Contains(role))
        {
            throw new DomainException("This role does not belong to the session.");
        }
    }

    private static void Renumber(SessionRoleKind kind, List<SessionRole> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
    }
}

/// <summary>A person named on the programme without a registration: as the organizer writes them, for print and the public agenda.</summary>
public sealed record PersonLink(string Name, string? Position, string? Affiliation, string? CountryCode)
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 300;
}

public class SessionRole
{
    private SessionRole()
    {
    }

    internal SessionRole(int? participantId, PersonLink? guest, SessionRoleKind role, int order)
    {
        if (participantId is null && (guest is null || string.IsNullOrWhiteSpace(guest.Name)))
        {
            throw new DomainException("Name the person, or choose a registered participant.", "GuestName");
        }

        if (guest is not null && (guest.Name.Trim().Length > PersonLink.NameMaxLength || guest.Position?.Trim().Length > PersonLink.TextMaxLength
            || guest.Affiliation?.Trim().Length > PersonLink.TextMaxLength))
        {
            throw new DomainException("The name is at most 200 characters, the title and affiliation at most 300.", "GuestName");
        }

        if (guest?.CountryCode is { Length: > 0 } country && !Countries.IsKnown(country))
        {
            throw new DomainException("Unknown country.", "GuestCountry");
        }

        ParticipantId = participantId;
        GuestName = guest?.Name.Trim();
        GuestPosition = string.IsNullOrWhiteSpace(guest?.Position) ? null : guest.Position.Trim();
        GuestAffiliation = string.IsNullOrWhiteSpace(guest?.Affiliation) ? null : guest.Affiliation.Trim();
        GuestCountry = string.IsNullOrWhiteSpace(guest?.CountryCode) ? null : guest.CountryCode.Trim().ToUpperInvariant();
        Role = role;
        Order = order;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }

    /// <summary>The registration behind the role; null while the person is only named (<see cref="GuestName"/>).</summary>
    public int? ParticipantId { get; private set; }

    /// <summary>How the programme names the person when they were added by name; kept after linking so the agenda does not change.</summary>
    public string? GuestName { get; private set; }

    public string? GuestPosition { get; private set; }
    public string? GuestAffiliation { get; private set; }
    public string? GuestCountry { get; private set; }
    public SessionRoleKind Role { get; private set; }

    /// <summary>Speaking order within the role; defaults to the order of assignment until the programme issue sorts by protocol.</summary>
    public int Order { get; private set; }

    public void MoveTo(int order) => Order = order < 1 ? throw new DomainException("Order starts at 1.", nameof(Order)) : order;

    internal void LinkTo(int participantId) => ParticipantId = participantId;
}
