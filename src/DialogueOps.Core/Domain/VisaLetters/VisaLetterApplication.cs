using System.Text.RegularExpressions;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;

namespace DialogueOps.Domain.VisaLetters;

/// <summary>What a delegate types to ask for a letter, before anything is encrypted or stored; <see cref="Validate"/> names every problem.</summary>
public sealed partial record VisaLetterApplication(
    string NameAsInPassport,
    string PassportNumber,
    string IssuingCountry,
    DateOnly DateOfBirth,
    DateOnly PassportExpiry,
    string Nationality,
    string Consulate,
    DateOnly EntryDate,
    DateOnly ExitDate,
    string? Note)
{
    public const int NameMaxLength = 100;
    public const int ConsulateMaxLength = 300;
    public const int NoteMaxLength = 2000;

    /// <summary>How far before the first day a visitor may arrive, and after the last day stay, for the letter to cover it.</summary>
    public const int StayWindowDays = 14;

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

    public string NormalizedNumber => Regex.Replace(PassportNumber ?? "", @"[\s-]", "").ToUpperInvariant();

    public PassportFacts Facts => new(CollapseSpaces(NameAsInPassport).ToUpperInvariant(), Nationality.Trim().ToUpperInvariant(),
        IssuingCountry.Trim().ToUpperInvariant(), PassportExpiry);

    public VisaLetterTrip Trip => new(Consulate?.Trim() ?? "", EntryDate, ExitDate, Note);

    public RuleErrors Validate(Event ev, VisaLetterPolicy policy, DateOnly today)
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
        errors.When(PassportExpiry > today && PassportExpiry < ExitDate.AddMonths(policy.MinimumValidityMonths), nameof(PassportExpiry),
            // {0} is the event's minimum validity in months; the page formats it.
            "The passport must stay valid at least {0} months after the exit date.");

        errors.When(string.IsNullOrWhiteSpace(Consulate), nameof(Consulate), "Name the consulate or embassy where you will apply.");
        errors.When(Consulate?.Trim().Length > ConsulateMaxLength, nameof(Consulate), "At most 300 characters.");
        errors.When(Note?.Trim().Length > NoteMaxLength, nameof(Note), "At most 2000 characters.");

        errors.When(ExitDate < EntryDate, nameof(ExitDate), "The exit date cannot be before the entry date.");
        errors.When(EntryDate < ev.StartDate.AddDays(-StayWindowDays) || EntryDate > ev.EndDate, nameof(EntryDate),
            "Entry must be between 14 days before the event and its last day.");
        errors.When(ExitDate < ev.StartDate || ExitDate > ev.EndDate.AddDays(StayWindowDays), nameof(ExitDate),
            "Exit must be between the event’s first day and 14 days after it ends.");
        return errors;
    }

    private static string CollapseSpaces(string? text) => Regex.Replace(text ?? "", @"\s+", " ").Trim();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z '\-]*$")]
    private static partial Regex LatinName();

    [GeneratedRegex("^[A-Z0-9]{5,9}$")]
    private static partial Regex GenericNumber();
}
