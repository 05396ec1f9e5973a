using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DialogueOps.Web.Features.Participants;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>"Where do we stand": registrations by status, country and category, quota fill, waitlist; every number links to its list.</summary>
public class DashboardModel(DialogueOpsDbContext db, CurrentEvent currentEvent) : PageModel
{
    public sealed record QuotaFill(string Country, string CountryCode, ParticipantCategory Category, int Used, int Max);

    public int EventId { get; private set; }
    public string EventTitle { get; private set; } = "";
    public int? Capacity { get; private set; }
    public IReadOnlyDictionary<ParticipantStatus, int> ByStatus { get; private set; } = new Dictionary<ParticipantStatus, int>();
    public IReadOnlyList<(string Code, string Name, int Count)> ByCountry { get; private set; } = [];
    public IReadOnlyDictionary<ParticipantCategory, int> ByCategory { get; private set; } = new Dictionary<ParticipantCategory, int>();
    public IReadOnlyList<QuotaFill> Quotas { get; private set; } = [];
    /// <summary>Check-ins per day and per session, and who checked in at all, by country and category.</summary>
    public sealed record AttendanceRow(string Label, string Target, int Count);

    public IReadOnlyList<AttendanceRow> Attendance { get; private set; } = [];
    public IReadOnlyList<(string Name, int Count)> AttendedByCountry { get; private set; } = [];
    public IReadOnlyList<(ParticipantCategory Category, int Count)> AttendedByCategory { get; private set; } = [];
    public int AttendedAtAll { get; private set; }

    public int HoldingPlaces => Participant.HoldingPlace.Sum(s => ByStatus.GetValueOrDefault(s));

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ev = currentEvent.Event;
        var culture = CultureInfo.CurrentUICulture;
        var chinese = Display.IsChinese(culture);
        EventId = id;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, culture);
        Capacity = ev.Capacity;
        var people = await db.Participants.AsNoTracking().Where(p => p.EventId == id)
            .Select(p => new { p.Status, p.Nationality, p.Category, p.DelegationId }).ToListAsync();
        ByStatus = people.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        var active = people.Where(p => Participant.HoldingPlace.Contains(p.Status)).ToList();
        ByCountry = active.GroupBy(p => p.Nationality).Select(g => (g.Key, Countries.Name(g.Key, chinese), g.Count()))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.Item2, StringComparer.Create(culture, true)).ToList();
        ByCategory = active.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => g.Count());
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.EventId == id).ToListAsync();
        Quotas = delegations.SelectMany(d => d.Quotas.Select(q => new QuotaFill(Countries.Name(d.CountryCode, chinese), d.CountryCode, q.Category,
                active.Count(p => p.DelegationId == d.Id && p.Category == q.Category), q.Max)))
            .OrderBy(q => q.Country, StringComparer.Create(culture, true)).ThenBy(q => q.Category).ToList();
        await LoadAttendanceAsync(ev, culture);
        return Page();
    }

    private async Task LoadAttendanceAsync(Domain.Events.Event ev, CultureInfo culture)
    {
        var chinese = Display.IsChinese(culture);
        var rows = await (from a in db.Attendances.AsNoTracking()
                          join p in db.Participants.AsNoTracking() on a.ParticipantId equals p.Id
                          where p.EventId == ev.Id
                          select new { a.Day, a.SessionId, p.Id, p.Nationality, p.Category }).ToListAsync();
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == ev.Id).OrderBy(s => s.StartsAt)
            .Select(s => new { s.Id, s.Title, s.LocalTitle, s.StartsAt }).ToListAsync();
        var days = Enumerable.Range(0, ev.EndDate.DayNumber - ev.StartDate.DayNumber + 1).Select(ev.StartDate.AddDays)
            .Select(d => new AttendanceRow(d.ToString("D", culture), new Features.CheckIn.CheckInTarget(d, null).ToString(), rows.Count(r => r.Day == d)));
        var perSession = sessions.Where(s => rows.Any(r => r.SessionId == s.Id))
            .Select(s => new AttendanceRow($"{EventTimeZone.ToLocal(s.StartsAt, ev.Zone).ToString("g", culture)} · {Display.Pick(s.Title, s.LocalTitle, culture)}",
                new Features.CheckIn.CheckInTarget(null, s.Id).ToString(), rows.Count(r => r.SessionId == s.Id)));
        Attendance = days.Concat(perSession).ToList();
        var people = rows.DistinctBy(r => r.Id).ToList();
        AttendedAtAll = people.Count;
        AttendedByCountry = people.GroupBy(p => p.Nationality).Select(g => (Countries.Name(g.Key, chinese), g.Count()))
            .OrderByDescending(c => c.Item2).ThenBy(c => c.Item1, StringComparer.Create(culture, true)).ToList();
        AttendedByCategory = people.GroupBy(p => p.Category).Select(g => (g.Key, g.Count())).OrderBy(c => c.Key).ToList();
    }
}
