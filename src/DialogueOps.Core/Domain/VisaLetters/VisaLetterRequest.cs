using System.Globalization;
using System.Security.Cryptography;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;

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

/// <summary>
/// A delegate's request for an invitation letter. The passport data is a snapshot taken at request time: the number and the
/// date of birth arrive encrypted (see <see cref="PassportDetails"/>), the rest is what the verification page may show.
/// </summary>
public class VisaLetterRequest : IVersioned
{
    public const int ReasonMaxLength = 1000;

    private VisaLetterRequest()
    {
    }

    public VisaLetterRequest(int eventId, int participantId, VisaLetterTrip trip, PassportFacts passport, string protectedNumber, string protectedDateOfBirth, DateTime submittedAtUtc)
    {
        EventId = eventId;
        ParticipantId = participantId;
        SubmittedAt = submittedAtUtc;
        Status = VisaLetterStatus.Submitted;
        // 128 random bits: the printed QR must not be guessable from a neighbour's letter.
        VerificationCode = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        Snapshot(trip, passport, protectedNumber, protectedDateOfBirth);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int ParticipantId { get; private set; }
    public string NameAsInPassport { get; private set; } = "";
    public string Nationality { get; private set; } = "";
    public string PassportIssuingCountry { get; private set; } = "";
    public DateOnly? PassportExpiry { get; private set; }
    public string ProtectedPassportNumber { get; private set; } = "";
    public string ProtectedDateOfBirth { get; private set; } = "";
    public string Consulate { get; private set; } = "";
    public DateOnly EntryDate { get; private set; }
    public DateOnly ExitDate { get; private set; }
    public string? Note { get; private set; }
    public VisaLetterStatus Status { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public string? ReviewerId { get; private set; }
    public DateTime? ReviewedAt { get; private set; }

    /// <summary>The secretariat's question while the status is <see cref="VisaLetterStatus.NeedsInformation"/>.</summary>
    public string? InformationRequested { get; private set; }

    /// <summary>The delegate's answer to the last question.</summary>
    public string? Reply { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>Gap-free per event: 42 for QH-2026-0042; null until issued.</summary>
    public int? ReferenceSequence { get; private set; }

    public string? ReferenceNumber { get; private set; }

    /// <summary>The bulk-issue run that took this approved request; the job reads its work from here, so it needs only the run's id.</summary>
    public int? IssueRunId { get; private set; }

    /// <summary>Unguessable code printed as a QR; the public verification page looks it up.</summary>
    public string VerificationCode { get; private set; } = "";

    public DateTime? IssuedAt { get; private set; }

    /// <summary>SHA-256 of the issued PDF, so a copy can be matched to what was sent.</summary>
    public string? DocumentHash { get; private set; }

    /// <summary>The issued PDF exactly as mailed, encrypted like the passport number it contains; erased with it.</summary>
    public byte[]? ProtectedDocument { get; private set; }

    public DateTime? RevokedAt { get; private set; }
    public string? RevocationReason { get; private set; }

    /// <summary>Set when the retention job or an erasure removed the passport number and date of birth.</summary>
    public DateTime? PassportErasedAt { get; private set; }

    public Guid Version { get; set; }

    public bool CanBeAmended => Status is VisaLetterStatus.NeedsInformation;

    public static string FormatReference(string prefix, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{sequence:0000}");

    /// <summary>The delegate answers a question: new data, a reply, and the request goes back to the queue.</summary>
    public void Amend(VisaLetterTrip trip, PassportFacts passport, string protectedNumber, string protectedDateOfBirth, string? reply, DateTime atUtc)
    {
        if (!CanBeAmended)
        {
            throw new DomainException("This request can no longer be changed.");
        }

        Snapshot(trip, passport, protectedNumber, protectedDateOfBirth);
        Reply = Clean(reply);
        SubmittedAt = atUtc;
        Status = VisaLetterStatus.Submitted;
    }

    /// <summary>Puts an approved request into a bulk-issue run (the last run to take it wins; issuing is reentrant).</summary>
    public void QueueForIssue(int runId)
    {
        Require(VisaLetterStatus.Approved);
        IssueRunId = runId;
    }

    public void Approve(string reviewerId, DateTime atUtc)
    {
        Require(VisaLetterStatus.Submitted);
        Review(reviewerId, atUtc);
        Status = VisaLetterStatus.Approved;
    }

    public void AskForInformation(string reviewerId, string question, DateTime atUtc)
    {
        Require(VisaLetterStatus.Submitted, VisaLetterStatus.Approved);
        InformationRequested = Reason(question, "Say what information is needed.");
        Review(reviewerId, atUtc);
        Status = VisaLetterStatus.NeedsInformation;
    }

    public void Reject(string reviewerId, string reason, DateTime atUtc)
    {
        Require(VisaLetterStatus.Submitted, VisaLetterStatus.NeedsInformation, VisaLetterStatus.Approved);
        RejectionReason = Reason(reason, "Give a reason for the rejection; the delegate reads it.");
        Review(reviewerId, atUtc);
        Status = VisaLetterStatus.Rejected;
    }

    /// <summary>Numbers the letter. The caller picks the sequence inside the transaction that saves it (see the issuing desk).</summary>
    public void Issue(string prefix, int year, int sequence, string documentHash, byte[] protectedDocument, DateTime atUtc)
    {
        Require(VisaLetterStatus.Approved);
        if (PassportErasedAt is not null)
        {
            throw new DomainException("The passport data was erased; the letter cannot be issued.");
        }

        ReferenceSequence = sequence;
        ReferenceNumber = FormatReference(prefix, year, sequence);
        DocumentHash = documentHash;
        ProtectedDocument = protectedDocument;
        IssuedAt = atUtc;
        Status = VisaLetterStatus.Issued;
    }

    public void Revoke(string reviewerId, string reason, DateTime atUtc)
    {
        Require(VisaLetterStatus.Issued);
        RevocationReason = Reason(reason, "Give a reason for the revocation.");
        RevokedAt = atUtc;
        Review(reviewerId, atUtc);
        Status = VisaLetterStatus.Revoked;
    }

    /// <summary>Retention: the number and date of birth go; the reference and the verification status stay.</summary>
    public void ErasePassport(DateTime atUtc)
    {
        ProtectedPassportNumber = "";
        ProtectedDateOfBirth = "";
        PassportExpiry = null;
        ProtectedDocument = null;
        PassportErasedAt ??= atUtc;
    }

    /// <summary>Erasure at the holder's request: nothing personal remains, but a consulate can still learn the letter's status.</summary>
    public void EraseHolder(DateTime atUtc)
    {
        ErasePassport(atUtc);
        NameAsInPassport = "";
        Note = null;
        Reply = null;
        InformationRequested = null;
    }

    private void Snapshot(VisaLetterTrip trip, PassportFacts passport, string protectedNumber, string protectedDateOfBirth)
    {
        if (string.IsNullOrWhiteSpace(protectedNumber) || string.IsNullOrWhiteSpace(protectedDateOfBirth))
        {
            throw new DomainException("The passport number and date of birth are required.");
        }

        if (trip.ExitDate < trip.EntryDate)
        {
            throw new DomainException("The exit date cannot be before the entry date.", nameof(ExitDate));
        }

        if (string.IsNullOrWhiteSpace(trip.Consulate))
        {
            throw new DomainException("Name the consulate or embassy where you will apply.", nameof(Consulate));
        }

        NameAsInPassport = passport.NameAsInPassport;
        Nationality = passport.Nationality;
        PassportIssuingCountry = passport.IssuingCountry;
        PassportExpiry = passport.Expiry;
        ProtectedPassportNumber = protectedNumber;
        ProtectedDateOfBirth = protectedDateOfBirth;
        Consulate = trip.Consulate.Trim();
        EntryDate = trip.EntryDate;
        ExitDate = trip.ExitDate;
        Note = Clean(trip.Note);
    }

    private void Review(string reviewerId, DateTime atUtc)
    {
        ReviewerId = reviewerId;
        ReviewedAt = atUtc;
    }

    private void Require(params VisaLetterStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException("This step is not possible for the request's current status.");
        }
    }

    private static string Reason(string? text, string missing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(missing);
        }

        var trimmed = text.Trim();
        return trimmed.Length > ReasonMaxLength ? throw new DomainException("At most 1000 characters.") : trimmed;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Where and when the delegate travels: what the letter is for.</summary>
public sealed record VisaLetterTrip(string Consulate, DateOnly EntryDate, DateOnly ExitDate, string? Note);
