using System.Globalization;
using System.Security.Claims;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.CheckIn;

namespace DialogueOps.Web.Pages.CheckIn;

/// <summary>
/// The door: pick the day or session, then scan badges with the phone's camera (the page posts each code and
/// shows green or red) or find a person by name. Works without script: the code field and the search are plain forms.
/// </summary>
public class EventModel(DialogueOpsDbContext db, CurrentEvent currentEvent, CheckInDesk desk, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    public sealed record Choice(string Value, string Label, bool IsDay);

    public sealed record Person(int Id, string Name, string Country, ParticipantStatus Status, bool AlreadyIn);

    public int EventId { get; private set; }
    public string EventTitle { get; private set; } = "";
    public IReadOnlyList<Choice> Choices { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? At { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Person> Found { get; private set; } = [];
    public CheckInResult? Result { get; private set; }
    public string? ResultMessage { get; private set; }
    public int CheckedInHere { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        return await ShowAsync(Open(), ct);
    }

    public async Task<IActionResult> OnPostScanAsync(int id, string? code, CancellationToken ct)
    {
        var ev = Open();

        var (ok, target) = await TargetAsync(ev, ct);
        if (!ok)
        {
            return BadRequest(localizer["Choose a day or session of this event first."].Value);
        }

        Result = await desk.ScanAsync(ev, code, target, UserId, ct);
        return await AnswerAsync(ev, ct);
    }

    public async Task<IActionResult> OnPostPersonAsync(int id, int participantId, CancellationToken ct)
    {
        var ev = Open();

        var (ok, target) = await TargetAsync(ev, ct);
        if (!ok)
        {
            return BadRequest(localizer["Choose a day or session of this event first."].Value);
        }

        Result = await desk.CheckInAsync(ev, participantId, target, UserId, ct);
        return await AnswerAsync(ev, ct);
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<(bool Ok, CheckInTarget Target)> TargetAsync(Event ev, CancellationToken ct) =>
        CheckInTarget.TryParse(At, out var target) && await desk.BelongsToEventAsync(ev, target, ct) ? (true, target) : (false, default);

    private Task<int> CountAsync(Event ev, CheckInTarget target, CancellationToken ct) =>
        db.Attendances.CountAsync(a => a.Day == target.Day && a.SessionId == target.SessionId
                                       && db.Participants.Any(p => p.Id == a.ParticipantId && p.EventId == ev.Id), ct);

    /// <summary>The scanner script asks for JSON; a plain form post gets the page with the result on top.</summary>
    private async Task<IActionResult> AnswerAsync(Event ev, CancellationToken ct)
    {
        ResultMessage = Describe(Result!);
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            CheckInTarget.TryParse(At, out var target);
            return new JsonResult(new
            {
                admitted = Result!.Admitted,
                outcome = Result.Outcome.ToString(),
                name = Result.Name,
                country = Result.Country,
                message = ResultMessage,
                // The desk's counter beside the scanner moves with every scan, not at the next reload.
                count = localizer["{0} checked in so far.", await CountAsync(ev, target, ct)].Value,
            });
        }

        return await ShowAsync(ev, ct);
    }

    private string Describe(CheckInResult result) => result.Outcome switch
    {
        CheckInOutcome.CheckedIn => localizer["Checked in."],
        CheckInOutcome.AlreadyCheckedIn => localizer["Already checked in at {0}; nothing changed.", Time(result.CheckedInAtUtc)],
        CheckInOutcome.NotAdmitted => localizer["Not admitted: the registration is {0}.", localizer[result.Status.ToString()!]],
        _ => localizer["Unknown badge: no participant of this event carries this code."],
    };

    private string Time(DateTime? utc)
    {
        var zone = EventTimeZone.Find(EventZoneId);
        return utc is { } at ? EventTimeZone.ToLocal(at, zone).ToString("t", CultureInfo.CurrentCulture) : "";
    }

    private string EventZoneId { get; set; } = "UTC";

    private Event Open()
    {
        var ev = currentEvent.Event;
        EventZoneId = ev.TimeZoneId;
        return ev;
    }

    private async Task<IActionResult> ShowAsync(Event ev, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var chinese = Display.IsChinese(culture);
        EventId = ev.Id;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, culture);
        var days = Enumerable.Range(0, ev.EndDate.DayNumber - ev.StartDate.DayNumber + 1).Select(ev.StartDate.AddDays)
            .Select(d => new Choice(new CheckInTarget(d, null).ToString(), d.ToString("D", culture), true));
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.EventId == ev.Id).OrderBy(s => s.StartsAt)
                .Select(s => new { s.Id, s.Title, s.LocalTitle, s.StartsAt }).ToListAsync(ct))
            .Select(s => new Choice(new CheckInTarget(null, s.Id).ToString(),
                $"{EventTimeZone.ToLocal(s.StartsAt, ev.Zone).ToString("g", culture)} · {Display.Pick(s.Title, s.LocalTitle, culture)}", false));
        Choices = days.Concat(sessions).ToList();
        if (At is null || !Choices.Any(c => c.Value == At))
        {
            var today = DateOnly.FromDateTime(EventTimeZone.ToLocal(clock.GetUtcNow().UtcDateTime, ev.Zone));
            At = Choices.FirstOrDefault(c => c.Value == new CheckInTarget(today, null).ToString())?.Value ?? Choices[0].Value;
        }

        CheckInTarget.TryParse(At, out var target);
        CheckedInHere = await CountAsync(ev, target, ct);
        if (SearchText.Fold(Q) is { Length: > 0 } folded)
        {
            var rows = await db.Participants.AsNoTracking()
                .Where(p => p.EventId == ev.Id && p.ErasedAt == null && p.SearchText.Contains(folded))
                .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).Take(20)
                .Select(p => new
                {
                    p.Id, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName, p.Nationality, p.Status,
                    In = db.Attendances.Any(a => a.ParticipantId == p.Id && a.Day == target.Day && a.SessionId == target.SessionId),
                }).ToListAsync(ct);
            Found = rows.Select(r => new Person(r.Id, Display.PersonName(r.Honorific, r.GivenName, r.FamilyName, r.NameOrder, r.NativeName),
                Countries.Name(r.Nationality, chinese), r.Status, r.In)).ToList();
        }

        return Page();
    }
}
