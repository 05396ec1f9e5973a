using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.CheckIn;

/// <summary>What a check-in is for: one day of the event, or one session.</summary>
public readonly record struct CheckInTarget(DateOnly? Day, int? SessionId)
{
    /// <summary>"day:2027-07-08" or "session:12", as the page's picker posts it.</summary>
    public static bool TryParse(string? value, out CheckInTarget target)
    {
        target = default;
        var parts = (value ?? "").Split(':', 2);
        if (parts.Length != 2)
        {
            return false;
        }

        if (parts[0] == "day" && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            target = new CheckInTarget(day, null);
            return true;
        }

        if (parts[0] == "session" && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var session))
        {
            target = new CheckInTarget(null, session);
            return true;
        }

        return false;
    }

    public override string ToString() => Day is { } day
        ? $"day:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : $"session:{SessionId?.ToString(CultureInfo.InvariantCulture)}";
}

public enum CheckInOutcome
{
    /// <summary>Green: attendance recorded now.</summary>
    CheckedIn,

    /// <summary>Green: a second scan; the first check-in stands.</summary>
    AlreadyCheckedIn,

    /// <summary>Red: no badge of this event carries the code.</summary>
    Unknown,

    /// <summary>Red: the badge belongs to someone who is not (or no longer) confirmed.</summary>
    NotAdmitted,
}

public sealed record CheckInResult(CheckInOutcome Outcome, string? Name = null, string? Country = null, ParticipantStatus? Status = null, DateTime? CheckedInAtUtc = null)
{
    public bool Admitted => Outcome is CheckInOutcome.CheckedIn or CheckInOutcome.AlreadyCheckedIn;
}

/// <summary>
/// Marks attendance from a badge's QR code or a name picked from the search. Scanning twice is harmless:
/// one row per person per day or session (unique index), and a lost race with another scanner reads as "already".
/// </summary>
public sealed class CheckInDesk(DialogueOpsDbContext db, TimeProvider clock)
{
    /// <summary>A day of the event or one of its sessions; anything else is refused before a scan counts.</summary>
    public async Task<bool> BelongsToEventAsync(Event ev, CheckInTarget target, CancellationToken ct) =>
        target.Day is { } day
            ? day >= ev.StartDate && day <= ev.EndDate
            : target.SessionId is { } id && await db.Sessions.AnyAsync(s => s.Id == id && s.EventId == ev.Id, ct);

    public async Task<CheckInResult> ScanAsync(Event ev, string? code, CheckInTarget target, string byUserId, CancellationToken ct)
    {
        var token = (code ?? "").Trim().ToLowerInvariant();
        if (token.Length is 0 or > 64)
        {
            return new CheckInResult(CheckInOutcome.Unknown);
        }

        var participantId = await db.Participants.Where(p => p.EventId == ev.Id && p.CheckInToken == token).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        return participantId is null
            ? new CheckInResult(CheckInOutcome.Unknown)
            : await CheckInAsync(ev, participantId.Value, target, byUserId, ct);
    }

    public async Task<CheckInResult> CheckInAsync(Event ev, int participantId, CheckInTarget target, string byUserId, CancellationToken ct)
    {
        var person = await db.Participants.AsNoTracking().Where(p => p.Id == participantId && p.EventId == ev.Id)
            .Select(p => new { p.Id, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName, p.Nationality, p.Status, p.ErasedAt })
            .SingleOrDefaultAsync(ct);
        if (person is null || person.ErasedAt is not null)
        {
            return new CheckInResult(CheckInOutcome.Unknown);
        }

        var name = Infrastructure.Display.PersonName(person.Honorific, person.GivenName, person.FamilyName, person.NameOrder, person.NativeName);
        var country = Countries.Name(person.Nationality, Infrastructure.Display.IsChinese(CultureInfo.CurrentUICulture));
        if (person.Status != ParticipantStatus.Confirmed)
        {
            return new CheckInResult(CheckInOutcome.NotAdmitted, name, country, person.Status);
        }

        if (await ExistingAsync(person.Id, target, ct) is { } earlier)
        {
            return new CheckInResult(CheckInOutcome.AlreadyCheckedIn, name, country, person.Status, earlier);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Attendances.Add(new Attendance(person.Id, target.Day, target.SessionId, now, byUserId));
        try
        {
            await db.SaveChangesAsync(ct);
            return new CheckInResult(CheckInOutcome.CheckedIn, name, country, person.Status, now);
        }
        catch (DbUpdateException)
        {
            // Another scanner won the race for the same badge: the unique index kept one row.
            db.ChangeTracker.Clear();
            var first = await ExistingAsync(person.Id, target, ct) ?? throw new InvalidOperationException("Check-in failed without an earlier check-in.");
            return new CheckInResult(CheckInOutcome.AlreadyCheckedIn, name, country, person.Status, first);
        }
    }

    private Task<DateTime?> ExistingAsync(int participantId, CheckInTarget target, CancellationToken ct) =>
        db.Attendances.Where(a => a.ParticipantId == participantId && a.Day == target.Day && a.SessionId == target.SessionId)
            .Select(a => (DateTime?)a.CheckedInAt).FirstOrDefaultAsync(ct);
}
