using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Delegations;

/// <summary>A country's delegation to one event: a first-class object with a head, focal points (grants) and quotas.</summary>
public class Delegation
{
    private readonly List<DelegationQuota> quotas = [];

    private Delegation()
    {
    }

    public Delegation(int eventId, string countryCode)
    {
        if (!Countries.IsKnown(countryCode))
        {
            throw new DomainException("Unknown country.", nameof(CountryCode));
        }

        EventId = eventId;
        CountryCode = countryCode.ToUpperInvariant();
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string CountryCode { get; private set; } = "";
    public int? HeadOfDelegationId { get; private set; }
    public IReadOnlyCollection<DelegationQuota> Quotas => quotas;

    public void SetHead(Participant head)
    {
        if (head.DelegationId != Id)
        {
            throw new DomainException("The head of delegation must be a member of the delegation.", nameof(HeadOfDelegationId));
        }

        HeadOfDelegationId = head.Id;
    }

    public void ClearHead() => HeadOfDelegationId = null;

    /// <summary>Sets the most people of a category the delegation may send; null removes the limit.</summary>
    public void SetQuota(ParticipantCategory category, int? max)
    {
        if (max is < 0 or > 1000)
        {
            throw new DomainException("A quota must be between 0 and 1,000.", "Quota");
        }

        quotas.RemoveAll(q => q.Category == category);
        if (max is not null)
        {
            quotas.Add(new DelegationQuota(category, max.Value));
        }
    }

    public int? QuotaFor(ParticipantCategory category) => quotas.FirstOrDefault(q => q.Category == category)?.Max;
}

/// <summary>Owned by <see cref="Delegation"/>.</summary>
public class DelegationQuota
{
    private DelegationQuota()
    {
    }

    internal DelegationQuota(ParticipantCategory category, int max)
    {
        Category = category;
        Max = max;
    }

    public ParticipantCategory Category { get; private set; }
    public int Max { get; private set; }
}
