using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Events;

public enum HostRole
{
    Host = 1,
    CoHost = 2,
    Partner = 3,
}

/// <summary>An organization hosting an event; hosts and co-hosts sign invitation letters.</summary>
public class EventHost
{
    private EventHost()
    {
    }

    internal EventHost(int organizationId, HostRole role, string? signatoryName, string? signatoryTitle, int order)
    {
        OrganizationId = organizationId;
        Role = role;
        Order = order;
        SetSignatory(signatoryName, signatoryTitle);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int OrganizationId { get; private set; }
    public Organization Organization { get; private set; } = null!;
    public HostRole Role { get; private set; }
    public string? SignatoryName { get; private set; }
    public string? SignatoryTitle { get; private set; }
    public int Order { get; private set; }

    public void SetSignatory(string? name, string? title)
    {
        if (Role != HostRole.Partner && string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("A host or co-host needs a signatory for invitation letters.", nameof(SignatoryName));
        }

        SignatoryName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        SignatoryTitle = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }
}
