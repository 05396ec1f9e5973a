namespace DialogueOps.Domain.Delegations;

/// <summary>
/// Kept apart from <see cref="Participant"/> so that reading a participant never reads a passport.
/// Fields are text because the visa-letter issue stores them encrypted; every staff read is audited.
/// </summary>
public class PassportDetails
{
    private PassportDetails()
    {
    }

    public PassportDetails(int participantId, string number, string issuingCountry, string expiry, string dateOfBirth, string nameAsInPassport)
    {
        ParticipantId = participantId;
        Update(number, issuingCountry, expiry, dateOfBirth, nameAsInPassport);
    }

    public int Id { get; private set; }
    public int ParticipantId { get; private set; }
    public string Number { get; private set; } = "";
    public string IssuingCountry { get; private set; } = "";
    public string Expiry { get; private set; } = "";
    public string DateOfBirth { get; private set; } = "";
    public string NameAsInPassport { get; private set; } = "";

    public void Update(string number, string issuingCountry, string expiry, string dateOfBirth, string nameAsInPassport)
    {
        Number = number;
        IssuingCountry = issuingCountry;
        Expiry = expiry;
        DateOfBirth = dateOfBirth;
        NameAsInPassport = nameAsInPassport;
    }
}
