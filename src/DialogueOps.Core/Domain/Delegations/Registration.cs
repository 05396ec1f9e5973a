using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Delegations;

/// <summary>One step of a registration's history: who moved it from what to what, when, and why.</summary>
public class ParticipantStatusChange
{
    private ParticipantStatusChange()
    {
    }

    public ParticipantStatusChange(int participantId, ParticipantStatus? from, ParticipantStatus to, DateTime atUtc, string? byUserId, string? reason)
    {
        ParticipantId = participantId;
        From = from;
        To = to;
        At = atUtc;
        ByUserId = byUserId;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    public long Id { get; private set; }
    public int ParticipantId { get; private set; }
    public ParticipantStatus? From { get; private set; }
    public ParticipantStatus To { get; private set; }
    public DateTime At { get; private set; }
    public string? ByUserId { get; private set; }
    public string? Reason { get; private set; }
}

/// <summary>
/// Places taken against a limit (the event's capacity, or a delegation's quota for a category). The row's version is
/// a concurrency token: two registrations racing for the last place cannot both increment it, the database refuses
/// the second write and that registration is re-decided.
/// </summary>
public class CapacityCounter : IVersioned
{
    private CapacityCounter()
    {
    }

    public CapacityCounter(int eventId, string scope)
    {
        EventId = eventId;
        Scope = scope;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }

    /// <summary>"event", or "quota:{delegationId}:{category}".</summary>
    public string Scope { get; private set; } = "";

    public int Used { get; private set; }
    public Guid Version { get; set; }

    public static string EventScope => "event";

    public static string QuotaScope(int delegationId, ParticipantCategory category) => $"quota:{delegationId}:{category}";

    public bool TryTake(int limit)
    {
        if (Used >= limit)
        {
            return false;
        }

        Used++;
        return true;
    }

    public void Release() => Used = Used > 0 ? Used - 1 : throw new DomainException("No place is taken to release.");

    /// <summary>Sets the count from the registrations themselves (first use, or after a repair).</summary>
    public void Recount(int used) => Used = used;
}
