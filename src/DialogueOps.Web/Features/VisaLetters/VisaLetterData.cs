namespace DialogueOps.Web.Features.VisaLetters;

/// <summary>Everything printed on one invitation letter, decrypted for the moment of rendering and never stored as such.</summary>
public sealed record VisaLetterData(
    string Reference,
    DateOnly IssuedOn,
    string EventTitle,
    string? EventLocalTitle,
    string? Theme,
    string? Venue,
    string? City,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<VisaLetterData.Host> Hosts,
    string Consulate,
    string NameAsInPassport,
    string PassportNumber,
    string Nationality,
    DateOnly DateOfBirth,
    string? Position,
    string? Organization,
    DateOnly EntryDate,
    DateOnly ExitDate,
    string? CoveredCosts,
    string? CoveredCostsLocal,
    bool Bilingual,
    string VerificationUrl)
{
    public sealed record Host(string Name, string? LocalName, string SignatoryName, string? SignatoryTitle);
}
