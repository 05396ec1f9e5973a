namespace DialogueOps.Domain.Delegations;

/// <summary>
/// A participant's latest passport, kept apart from <see cref="Participant"/> so that reading a participant never reads a
/// passport. The number and the date of birth arrive already encrypted (<c>PassportVault</c> in the web app holds the key):
/// the database never sees them in clear text, and nothing can read them without going through the audited vault.
/// </summary>
public class PassportDetails
{
    private PassportDetails()
    {
    }

    public PassportDetails(int participantId, PassportFacts facts, string protectedNumber, string protectedDateOfBirth, DateTime atUtc)
    {
        ParticipantId = participantId;
        Update(facts, protectedNumber, protectedDateOfBirth, atUtc);
    }

    public int Id { get; private set; }
    public int ParticipantId { get; private set; }
    public string NameAsInPassport { get; private set; } = "";
    public string Nationality { get; private set; } = "";
    public string IssuingCountry { get; private set; } = "";
    public DateOnly Expiry { get; private set; }
    public string ProtectedNumber { get; private set; } = "";
    public string ProtectedDateOfBirth { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    public void Update(PassportFacts facts, string protectedNumber, string protectedDateOfBirth, DateTime atUtc)
    {
        NameAsInPassport = facts.NameAsInPassport;
        Nationality = facts.Nationality;
        IssuingCountry = facts.IssuingCountry;
        Expiry = facts.Expiry;
        ProtectedNumber = protectedNumber;
        ProtectedDateOfBirth = protectedDateOfBirth;
        UpdatedAt = atUtc;
    }
}

/// <summary>What may be stored about a passport in clear text: enough to address a letter and verify it, never the number.</summary>
public sealed record PassportFacts(string NameAsInPassport, string Nationality, string IssuingCountry, DateOnly Expiry);
