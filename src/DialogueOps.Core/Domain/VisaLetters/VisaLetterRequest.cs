using System.Security.Cryptography;
using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.VisaLetters;

public enum VisaLetterStatus
{
    Submitted = 1,
    NeedsInformation = 2,
    Approved = 3,
    Issued = 4,
    Rejected = 5,
    Revoked = 6,
}

/// <summary>A delegate's request for an invitation letter; the passport data is a snapshot taken at request time.</summary>
public class VisaLetterRequest : IVersioned
{
    private VisaLetterRequest()
    {
    }

    public VisaLetterRequest(int eventId, int participantId, string consulate, DateOnly entryDate, DateOnly exitDate, DateTime submittedAtUtc)
    {
        if (exitDate < entryDate)
        {
            throw new DomainException("The exit date cannot be before the entry date.", nameof(ExitDate));
        }

        if (string.IsNullOrWhiteSpace(consulate))
        {
            throw new DomainException("Name the consulate or embassy where you will apply.", nameof(Consulate));
        }

        EventId = eventId;
        ParticipantId = participantId;
        Consulate = consulate.Trim();
        EntryDate = entryDate;
        ExitDate = exitDate;
        SubmittedAt = submittedAtUtc;
        Status = VisaLetterStatus.Submitted;
        VerificationCode = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int ParticipantId { get; private set; }
    public string PassportNumber { get; private set; } = "";
    public string PassportIssuingCountry { get; private set; } = "";
    public string PassportExpiry { get; private set; } = "";
    public string DateOfBirth { get; private set; } = "";
    public string NameAsInPassport { get; private set; } = "";
    public string Consulate { get; private set; } = "";
    public DateOnly EntryDate { get; private set; }
    public DateOnly ExitDate { get; private set; }
    public string? Note { get; private set; }
    public VisaLetterStatus Status { get; private set; }
    public string? ReviewerId { get; private set; }
    public DateTime SubmittedAt { get; private set; }

    /// <summary>Gap-free per event: 42 for QH-2026-0042; null until issued.</summary>
    public int? ReferenceSequence { get; private set; }

    public string? ReferenceNumber { get; private set; }

    /// <summary>Unguessable code printed as a QR; the public verification page looks it up.</summary>
    public string VerificationCode { get; private set; } = "";

    public DateTime? IssuedAt { get; private set; }
    public string? DocumentHash { get; private set; }
    public Guid Version { get; set; }

    public void SnapshotPassport(string number, string issuingCountry, string expiry, string dateOfBirth, string nameAsInPassport)
    {
        PassportNumber = number;
        PassportIssuingCountry = issuingCountry;
        PassportExpiry = expiry;
        DateOfBirth = dateOfBirth;
        NameAsInPassport = nameAsInPassport;
    }
}
