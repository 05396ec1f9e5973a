using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Audit;
using DialogueOps.Domain.Delegations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Infrastructure.Privacy;

/// <summary>Why someone read a passport; the audit log names it.</summary>
public enum PassportUse
{
    StaffReview,
    LetterIssue,
    SubjectExport,
    Manifest,
    LetterMail,
}

public sealed record PassportSecrets(string Number, DateOnly DateOfBirth);

/// <summary>
/// The only door to passport numbers and dates of birth. It encrypts them with a Data Protection key kept in the database
/// (so a restart or a second node reads the same ciphertext), and every read adds an audit entry in the caller's unit of work,
/// so a view is never shown without being recorded.
/// </summary>
public sealed class PassportVault(IDataProtectionProvider protection, DialogueOpsDbContext db, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("DialogueOps.Passport.v1");

    public (string Number, string DateOfBirth) Seal(string number, DateOnly dateOfBirth) =>
        (protector.Protect(number), protector.Protect(dateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public byte[] SealDocument(byte[] document) => protector.Protect(document);

    /// <summary>Keeps the participant's latest passport (encrypted) for letters and security lists; the caller saves.</summary>
    public async Task<(string Number, string DateOfBirth)> KeepAsync(int participantId, PassportEntry entry, CancellationToken ct)
    {
        var (number, dateOfBirth) = Seal(entry.NormalizedNumber, entry.DateOfBirth);
        var now = clock.GetUtcNow().UtcDateTime;
        var passport = await db.PassportDetails.SingleOrDefaultAsync(p => p.ParticipantId == participantId, ct);
        if (passport is null)
        {
            db.PassportDetails.Add(new PassportDetails(participantId, entry.Facts, number, dateOfBirth, now));
        }
        else
        {
            passport.Update(entry.Facts, number, dateOfBirth, now);
        }

        return (number, dateOfBirth);
    }

    /// <summary>An issued letter (it prints the passport number): decrypted and recorded like the passport itself.</summary>
    public byte[]? OpenDocument(byte[]? protectedDocument, int participantId, string? viewerUserId, PassportUse use)
    {
        if (protectedDocument is not { Length: > 0 })
        {
            return null;
        }

        Record(participantId, viewerUserId, use);
        return protector.Unprotect(protectedDocument);
    }

    /// <summary>Decrypts for <paramref name="viewerUserId"/> and records the read; null when the data was erased.</summary>
    public PassportSecrets? Open(string protectedNumber, string protectedDateOfBirth, int participantId, string? viewerUserId, PassportUse use)
    {
        if (string.IsNullOrEmpty(protectedNumber) || string.IsNullOrEmpty(protectedDateOfBirth))
        {
            return null;
        }

        Record(participantId, viewerUserId, use);
        return new PassportSecrets(protector.Unprotect(protectedNumber),
            DateOnly.ParseExact(protector.Unprotect(protectedDateOfBirth), "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private void Record(int participantId, string? viewerUserId, PassportUse use) =>
        db.AuditEntries.Add(new AuditEntry(viewerUserId, clock.GetUtcNow().UtcDateTime, AuditActions.Passport(use), "Participant",
            participantId.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>The audit log's action names, in one place so the log page can filter on them.</summary>
public static class AuditActions
{
    public const string PassportPrefix = "passport.";
    public const string ErasureCarriedOut = "privacy.erased";
    public const string RetentionPurge = "privacy.retention-purge";
    public const string LetterRevoked = "visa-letter.revoked";
    public const string GrantGiven = "team.granted";
    public const string GrantRevoked = "team.revoked";
    public const string AccountInvited = "account.invited";
    public const string AccountLocked = "account.locked";
    public const string AccountUnlocked = "account.unlocked";
    public const string TwoFactorReset = "account.two-factor-reset";
    public const string RoleGiven = "account.role-given";
    public const string RoleTaken = "account.role-taken";

    public static string Passport(PassportUse use) => use switch
    {
        PassportUse.StaffReview => "passport.viewed",
        PassportUse.LetterIssue => "passport.letter-issued",
        PassportUse.SubjectExport => "passport.exported-to-holder",
        PassportUse.Manifest => "passport.manifest",
        PassportUse.LetterMail => "passport.letter-mailed",
        _ => "passport.read",
    };
}
