using System.Text.RegularExpressions;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.VisaLetters;

namespace DialogueOps.Domain.Events;

public enum EventStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
    Archived = 3,
}

/// <summary>What an organizer types when creating or editing an event; validated by <see cref="Event.Validate"/>.</summary>
public enum ProgrammeStatus
{
    Draft = 0,
    Published = 1,
}

public sealed record EventDetails(
    string Slug,
    string Title,
    string? LocalTitle,
    string? Theme,
    string? Venue,
    string? City,
    string TimeZoneId,
    DateOnly StartDate,
    DateOnly EndDate,
    int? Capacity,
    DateTime? RegistrationOpensAtUtc = null,
    DateTime? RegistrationClosesAtUtc = null,
    DateTime? VisaRequestDeadlineUtc = null,
    DateTime? RegistrationEditCutoffUtc = null);

public partial class Event : IVersioned
{
    public const int SlugMaxLength = 80;
    public const int TitleMaxLength = 200;

    private readonly List<EventHost> hosts = [];

    private Event()
    {
    }

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? LocalTitle { get; private set; }
    public string? Theme { get; private set; }
    public string? Venue { get; private set; }
    public string? City { get; private set; }
    public string TimeZoneId { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public DateTime? RegistrationOpensAt { get; private set; }
    public DateTime? RegistrationClosesAt { get; private set; }
    public DateTime? VisaRequestDeadline { get; private set; }

    /// <summary>After this instant delegates can no longer change their own registration; null means until the event starts.</summary>
    public DateTime? RegistrationEditCutoff { get; private set; }

    public EventStatus Status { get; private set; }
    public int? Capacity { get; private set; }

    /// <summary>The public sees the programme only once it is published; changes after that go into the changelog.</summary>
    public ProgrammeStatus ProgrammeStatus { get; private set; }

    public DateTime? ProgrammePublishedAt { get; private set; }

    /// <summary>How invitation letters for this event read and what the request form demands.</summary>
    public VisaLetterPolicy VisaLetters { get; private set; } = VisaLetterPolicy.Default;

    public Guid Version { get; set; }

    public IReadOnlyCollection<EventHost> Hosts => hosts;

    public static Event Create(EventDetails details)
    {
        var created = new Event { Status = EventStatus.Draft };
        created.Update(details);
        return created;
    }

    public void Update(EventDetails details)
    {
        Validate(details).ThrowIfAny();
        Slug = details.Slug.Trim().ToLowerInvariant();
        Title = details.Title.Trim();
        LocalTitle = Clean(details.LocalTitle);
        Theme = Clean(details.Theme);
        Venue = Clean(details.Venue);
        City = Clean(details.City);
        TimeZoneId = details.TimeZoneId.Trim();
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        Capacity = details.Capacity;
        RegistrationOpensAt = details.RegistrationOpensAtUtc;
        RegistrationClosesAt = details.RegistrationClosesAtUtc;
        VisaRequestDeadline = details.VisaRequestDeadlineUtc;
        RegistrationEditCutoff = details.RegistrationEditCutoffUtc;
    }

    public void SetVisaLetterPolicy(VisaLetterPolicy policy) => VisaLetters = policy;

    /// <summary>Whether visa-letter requests are still taken at <paramref name="nowUtc"/>; no deadline means until the event starts.</summary>
    public bool AcceptsVisaRequests(DateTime nowUtc) => nowUtc < (VisaRequestDeadline ?? UtcSpan().StartsAtUtc);

    /// <summary>Whether a delegate may still change their own registration at <paramref name="nowUtc"/>.</summary>
    public bool AcceptsRegistrationEdits(DateTime nowUtc) => nowUtc < (RegistrationEditCutoff ?? UtcSpan().StartsAtUtc);

    /// <summary>Every broken rule at once, so a form can show them all; <see cref="Update"/> refuses the first.</summary>
    public static RuleErrors Validate(EventDetails d)
    {
        var errors = new RuleErrors();
        errors.When(string.IsNullOrWhiteSpace(d.Slug) || !SlugPattern().IsMatch(d.Slug.Trim().ToLowerInvariant()),
            nameof(d.Slug), "The short name may use only lower-case letters, digits and hyphens, 3 to 80 characters.");
        errors.When(string.IsNullOrWhiteSpace(d.Title), nameof(d.Title), "The title is required.");
        errors.When(d.Title?.Length > TitleMaxLength, nameof(d.Title), "The title is too long.");
        errors.When(d.LocalTitle?.Length > TitleMaxLength, nameof(d.LocalTitle), "The title is too long.");
        errors.When(!EventTimeZone.TryFind(d.TimeZoneId?.Trim(), out _), nameof(d.TimeZoneId),
            "Unknown time zone. Use an IANA name such as Asia/Shanghai.");
        errors.When(d.EndDate < d.StartDate, nameof(d.EndDate), "The event cannot end before it starts.");
        errors.When(d.EndDate.DayNumber - d.StartDate.DayNumber > 30, nameof(d.EndDate), "An event may last at most 31 days.");
        errors.When(d.Capacity is < 1 or > 100_000, nameof(d.Capacity), "Capacity must be between 1 and 100,000.");
        errors.When(d.RegistrationOpensAtUtc is not null && d.RegistrationClosesAtUtc is not null
                    && d.RegistrationClosesAtUtc <= d.RegistrationOpensAtUtc,
            nameof(d.RegistrationClosesAtUtc), "Registration must close after it opens.");
        return errors;
    }

    public void Open()
    {
        if (Status is EventStatus.Archived)
        {
            throw new DomainException("An archived event cannot be reopened.");
        }

        Status = EventStatus.Open;
    }

    public void Close() => Status = Status == EventStatus.Draft
        ? throw new DomainException("A draft event cannot be closed; publish it first.")
        : EventStatus.Closed;

    public void Archive() => Status = EventStatus.Archived;

    public void PublishProgramme(DateTime atUtc)
    {
        if (ProgrammeStatus == ProgrammeStatus.Published)
        {
            throw new DomainException("The programme is already published.");
        }

        ProgrammeStatus = ProgrammeStatus.Published;
        ProgrammePublishedAt = atUtc;
    }

    /// <summary>Whether the public may see the event at all.</summary>
    public bool IsPublic => Status is EventStatus.Open or EventStatus.Closed;

    public TimeZoneInfo Zone => EventTimeZone.Find(TimeZoneId);

    /// <summary>The first and last instant of the event in UTC, from midnight to midnight in its own zone.</summary>
    public (DateTime StartsAtUtc, DateTime EndsAtUtc) UtcSpan()
    {
        var zone = Zone;
        return (EventTimeZone.ToUtc(StartDate.ToDateTime(TimeOnly.MinValue), zone),
                EventTimeZone.ToUtc(EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));
    }

    public EventHost AddHost(int organizationId, HostRole role, string? signatoryName, string? signatoryTitle)
    {
        if (hosts.Any(h => h.OrganizationId == organizationId))
        {
            throw new DomainException("This organization is already a host of the event.", "OrganizationId");
        }

        var host = new EventHost(organizationId, role, signatoryName, signatoryTitle, hosts.Count + 1);
        hosts.Add(host);
        return host;
    }

    public void RemoveHost(int hostId)
    {
        var host = hosts.FirstOrDefault(h => h.Id == hostId)
            ?? throw new DomainException("This host does not belong to the event.");
        hosts.Remove(host);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,78})[a-z0-9]$")]
    private static partial Regex SlugPattern();
}
