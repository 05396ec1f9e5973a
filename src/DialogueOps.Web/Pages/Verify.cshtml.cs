using System.Globalization;
using System.Text.RegularExpressions;
using DialogueOps.Data;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages;

/// <summary>
/// The public check a consulate makes from the letter's QR code: valid, revoked or unknown, with just enough to match the
/// letter in hand (never the passport number or date of birth). Rate-limited per client so codes cannot be enumerated.
/// </summary>
[EnableRateLimiting(RateLimits.Verification)]
public partial class VerifyModel(DialogueOpsDbContext db) : PageModel
{
    public enum Verdict
    {
        Unknown,
        Valid,
        Revoked,

        /// <summary>Issued and never revoked, but its holder no longer takes part (cancelled or declined): a consulate must not rely on it.</summary>
        Withdrawn,
    }

    public Verdict Result { get; private set; }
    public string? NameAsInPassport { get; private set; }
    public string? Nationality { get; private set; }
    public string? Reference { get; private set; }
    public string? EventTitle { get; private set; }
    public string? EventDates { get; private set; }
    public DateTime? IssuedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public string? ZoneId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        // Codes are printed in lower case; one typed from paper may come in capitals.
        code = code?.Trim().ToLowerInvariant() ?? "";
        var letter = CodePattern().IsMatch(code ?? "")
            ? await db.VisaLetterRequests.AsNoTracking()
                .Where(r => r.VerificationCode == code && (r.Status == VisaLetterStatus.Issued || r.Status == VisaLetterStatus.Revoked))
                .Select(r => new
                {
                    r.Status, r.NameAsInPassport, r.Nationality, r.ReferenceNumber, r.IssuedAt, r.RevokedAt, r.EventId,
                    HolderGone = db.Participants.Any(p => p.Id == r.ParticipantId
                        && (p.Status == Domain.Delegations.ParticipantStatus.Cancelled || p.Status == Domain.Delegations.ParticipantStatus.Declined)),
                })
                .SingleOrDefaultAsync()
            : null;
        if (letter is null)
        {
            // A 404 with a page a person can read: "we do not know this letter" is itself the answer.
            Result = Verdict.Unknown;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == letter.EventId);
        Result = letter.Status == VisaLetterStatus.Revoked ? Verdict.Revoked : letter.HolderGone ? Verdict.Withdrawn : Verdict.Valid;
        NameAsInPassport = letter.NameAsInPassport;
        Nationality = letter.Nationality;
        Reference = letter.ReferenceNumber;
        IssuedAt = letter.IssuedAt;
        RevokedAt = letter.RevokedAt;
        ZoneId = ev.TimeZoneId;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, CultureInfo.CurrentUICulture);
        EventDates = Display.DateRange(ev.StartDate, ev.EndDate, CultureInfo.CurrentUICulture);
        return Page();
    }

    public string Local(DateTime utc) => Domain.Common.EventTimeZone.FormatInstant(utc, Domain.Common.EventTimeZone.Find(ZoneId!), CultureInfo.CurrentUICulture);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex CodePattern();
}
