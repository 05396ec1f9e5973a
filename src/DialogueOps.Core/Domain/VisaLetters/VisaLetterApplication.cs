using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;

namespace DialogueOps.Domain.VisaLetters;

/// <summary>What a delegate types to ask for a letter, before anything is encrypted or stored; <see cref="Validate"/> names every problem.</summary>
public sealed record VisaLetterApplication(
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
    public const int NameMaxLength = PassportEntry.NameMaxLength;
    public const int ConsulateMaxLength = 300;
    public const int NoteMaxLength = 2000;

    /// <summary>How far before the first day a visitor may arrive, and after the last day stay, for the letter to cover it.</summary>
    public const int StayWindowDays = 14;

    /// <summary>The passport part, validated by the same rules wherever a passport is typed.</summary>
    public PassportEntry Passport => new(NameAsInPassport, PassportNumber, IssuingCountry, Nationality, DateOfBirth, PassportExpiry);

    public string NormalizedNumber => Passport.NormalizedNumber;

    public PassportFacts Facts => Passport.Facts;

    public VisaLetterTrip Trip => new(Consulate?.Trim() ?? "", EntryDate, ExitDate, Note);

    public RuleErrors Validate(Event ev, VisaLetterPolicy policy, DateOnly today)
    {
        var errors = Passport.Validate(today);
        // A typo like year 9999 must give a message, not an overflow.
        errors.When(PassportExpiry > today && ExitDate < DateOnly.MaxValue.AddMonths(-policy.MinimumValidityMonths)
                    && PassportExpiry < ExitDate.AddMonths(policy.MinimumValidityMonths), nameof(PassportExpiry),
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
}
