using System.Text.RegularExpressions;
using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Delegations;

/// <summary>A passport as a person types it (for a visa letter or a site visit's security list), before it is encrypted.</summary>
public sealed partial record PassportEntry(
    string NameAsInPassport,
    string PassportNumber,
    string IssuingCountry,
    string Nationality,
    DateOnly DateOfBirth,
    DateOnly PassportExpiry)
{
    public const int NameMaxLength = 100;

    /// <summary>Known national passport number patterns (ICAO 9303 allows up to nine characters); others use the generic one.</summary>
    private static readonly Dictionary<string, Regex> NumberPatterns = new(StringComparer.Ordinal)
    {
        ["CN"] = new("^(E[0-9]{8}|E[A-Z][0-9]{7}|[GDSP][0-9]{8})$"),
        ["MY"] = new("^[AHK][0-9]{8}$"),
        ["SG"] = new("^[EKS][0-9]{7}[A-Z]$"),
        ["TH"] = new("^[A-Z]{1,2}[0-9]{6,7}$"),
        ["VN"] = new("^[A-Z][0-9]{7,8}$"),
        ["ID"] = new("^[A-Z]{1,2}[0-9]{6,7}$"),
        ["PH"] = new("^[A-Z]{1,2}[0-9]{6,7}[A-Z]?$"),
        ["KH"] = new("^[A-Z]{0,2}[0-9]{6,8}$"),
        ["LA"] = new("^[A-Z]{0,2}[0-9]{6,8}$"),
        ["MM"] = new("^[A-Z]{1,2}[0-9]{6,7}$"),
        ["BN"] = new("^[A-Z]{0,2}[0-9]{6,8}$"),
    };

    public string NormalizedNumber => SeparatorPattern().Replace(PassportNumber ?? "", "").ToUpperInvariant();

    public PassportFacts Facts => new(CollapseSpaces(NameAsInPassport).ToUpperInvariant(), Nationality.Trim().ToUpperInvariant(),
        IssuingCountry.Trim().ToUpperInvariant(), PassportExpiry);

    public RuleErrors Validate(DateOnly today)
    {
        var errors = new RuleErrors();
        var name = CollapseSpaces(NameAsInPassport);
        errors.When(name.Length == 0, nameof(NameAsInPassport), "Enter the name exactly as printed in the passport.");
        errors.When(name.Length > NameMaxLength, nameof(NameAsInPassport), "The name may have at most 100 characters.");
        errors.When(name.Length is > 0 and <= NameMaxLength && !LatinName().IsMatch(name), nameof(NameAsInPassport),
            "Use Latin letters as in the passport’s machine-readable zone (A–Z, spaces, hyphens, apostrophes).");

        var issuing = IssuingCountry?.Trim().ToUpperInvariant() ?? "";
        errors.When(!Countries.IsKnown(issuing), nameof(IssuingCountry), "Unknown country.");
        errors.When(!Countries.IsKnown(Nationality?.Trim() ?? ""), nameof(Nationality), "Unknown country.");
        var number = NormalizedNumber;
        errors.When(number.Length == 0, nameof(PassportNumber), "Enter the passport number.");
        errors.When(number.Length > 0 && !GenericNumber().IsMatch(number), nameof(PassportNumber),
            "A passport number has 5 to 9 letters and digits.");
        errors.When(number.Length > 0 && GenericNumber().IsMatch(number) && NumberPatterns.TryGetValue(issuing, out var national) && !national.IsMatch(number),
            nameof(PassportNumber), "This does not look like a passport number from the issuing country; check it against the passport.");

        errors.When(DateOfBirth >= today, nameof(DateOfBirth), "The date of birth must be in the past.");
        errors.When(DateOfBirth < today.AddYears(-120), nameof(DateOfBirth), "Check the date of birth.");
        errors.When(PassportExpiry <= today, nameof(PassportExpiry), "This passport has expired.");
        return errors;
    }

    private static string CollapseSpaces(string? text) => SpacesPattern().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z '\-]*$")]
    private static partial Regex LatinName();

    [GeneratedRegex("^[A-Z0-9]{5,9}$")]
    private static partial Regex GenericNumber();

    [GeneratedRegex(@"[\s-]")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();
}
