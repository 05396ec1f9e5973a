using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Identity;

public enum GrantKind
{
    Organizer = 1,
    Secretariat = 2,
    FocalPoint = 3,
    CheckInStaff = 4,
}

/// <summary>
/// Least privilege: being an Organizer globally lets a person create events, but only a grant lets
/// them manage a given event; a focal point's grant also names the delegation.
/// </summary>
public class EventGrant
{
    private EventGrant()
    {
    }

    public EventGrant(string userId, int eventId, GrantKind kind, int? delegationId = null)
    {
        if (kind == GrantKind.FocalPoint && delegationId is null)
        {
            throw new DomainException("A focal point must belong to a delegation.", nameof(DelegationId));
        }

        if (kind != GrantKind.FocalPoint && delegationId is not null)
        {
            throw new DomainException("Only a focal point grant names a delegation.", nameof(DelegationId));
        }

        UserId = userId;
        EventId = eventId;
        Kind = kind;
        DelegationId = delegationId;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public int EventId { get; private set; }
    public GrantKind Kind { get; private set; }
    public int? DelegationId { get; private set; }
}
