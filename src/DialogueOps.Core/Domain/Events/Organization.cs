using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Events;

public enum OrganizationKind
{
    ThinkTank = 1,
    University = 2,
    Government = 3,
    Intergovernmental = 4,
    Company = 5,
    Media = 6,
}

public class Organization
{
    private Organization()
    {
    }

    public Organization(string name, string? localName, string? acronym, OrganizationKind kind, string countryCode)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("The organization's name is required.", nameof(Name));
        }

        if (!Countries.IsKnown(countryCode))
        {
            throw new DomainException("Unknown country.", nameof(CountryCode));
        }

        Name = name.Trim();
        LocalName = string.IsNullOrWhiteSpace(localName) ? null : localName.Trim();
        Acronym = string.IsNullOrWhiteSpace(acronym) ? null : acronym.Trim();
        Kind = kind;
        CountryCode = countryCode.ToUpperInvariant();
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? LocalName { get; private set; }
    public string? Acronym { get; private set; }
    public OrganizationKind Kind { get; private set; }
    public string CountryCode { get; private set; } = "";
}
