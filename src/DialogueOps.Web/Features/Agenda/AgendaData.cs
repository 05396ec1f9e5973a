using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Programme;
using DialogueOps.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Agenda;

public sealed record AgendaPerson(SessionRoleKind Role, int Order, string Name);

public sealed record AgendaSession(
    int Id, string Title, string? LocalTitle, SessionKind Kind, DateTime StartsAtUtc, DateTime EndsAtUtc,
    string? Room, string? LocalRoom, string? Description, bool Interpretation, IReadOnlyList<AgendaPerson> People);

public sealed record AgendaChange(DateTime AtUtc, string Text, string LocalText);

/// <summary>A site visit as the public programme names it: the host company, when, where to meet.</summary>
public sealed record AgendaVisit(string Title, string? LocalTitle, string Host, string? LocalHost, DateTime StartsAtUtc, DateTime EndsAtUtc, string? MeetingPoint);

/// <summary>
/// A published programme as every reader of it needs it (web page, PDF, calendar): sessions in time order with
/// rooms and people in speaking order, the hosts, the zone, and the changelog.
/// </summary>
public sealed record AgendaData(
    int EventId, string Slug, string Title, string? LocalTitle, string? Venue, string? City, DateOnly StartDate, DateOnly EndDate,
    TimeZoneInfo Zone, EventStatus Status, ProgrammeStatus ProgrammeStatus, DateTime? PublishedAt,
    IReadOnlyList<(string Name, string? LocalName, HostRole Role)> Hosts,
    IReadOnlyList<AgendaSession> Sessions, IReadOnlyList<AgendaChange> Changes, IReadOnlyList<AgendaVisit> Visits)
{
    /// <summary>The visits that take place during a site-visit slot of the programme (the slot itself names no company).</summary>
    public IEnumerable<AgendaVisit> VisitsDuring(AgendaSession session) =>
        session.Kind == SessionKind.SiteVisit ? Visits.Where(v => v.StartsAtUtc < session.EndsAtUtc && v.EndsAtUtc > session.StartsAtUtc) : [];

    public string ZoneDescription => EventTimeZone.Describe(Zone, Midday);

    public string ZoneDescriptionChinese => EventTimeZone.DescribeInChinese(Zone, Midday);

    public string ZoneDescriptionFor(System.Globalization.CultureInfo culture) => EventTimeZone.Describe(Zone, Midday, culture);

    private DateTime Midday => EventTimeZone.ToUtc(StartDate.ToDateTime(new TimeOnly(12, 0)), Zone);

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, EndDate.DayNumber - StartDate.DayNumber + 1).Select(StartDate.AddDays);

    public IEnumerable<AgendaSession> On(DateOnly day) =>
        Sessions.Where(s => DateOnly.FromDateTime(EventTimeZone.ToLocal(s.StartsAtUtc, Zone)) == day);

    public static async Task<AgendaData?> LoadAsync(DialogueOpsDbContext db, string slug)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Hosts).ThenInclude(h => h.Organization).SingleOrDefaultAsync(e => e.Slug == slug);
        if (ev is null)
        {
            return null;
        }

        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EventId == ev.Id).ToDictionaryAsync(r => r.Id, r => (r.Name, r.LocalName));
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Roles).Where(s => s.EventId == ev.Id).OrderBy(s => s.StartsAt).ThenBy(s => s.Title).ToListAsync();
        var ids = sessions.SelectMany(s => s.ParticipantIds).Distinct().ToList();
        var people = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName }).ToListAsync();
        var names = people.ToDictionary(p => p.Id, p => Display.PersonName(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName));
        var visits = await (from v in db.SiteVisits.AsNoTracking()
                            join o in db.Organizations.AsNoTracking() on v.HostOrganizationId equals o.Id
                            where v.EventId == ev.Id
                            orderby v.StartsAt, v.Title
                            select new AgendaVisit(v.Title, v.LocalTitle, o.Name, o.LocalName, v.StartsAt, v.EndsAt, v.MeetingPoint)).ToListAsync();
        var changes = await db.ProgrammeChanges.AsNoTracking().Where(c => c.EventId == ev.Id).OrderByDescending(c => c.At)
            .Select(c => new AgendaChange(c.At, c.Text, c.LocalText)).ToListAsync();

        return new AgendaData(ev.Id, ev.Slug, ev.Title, ev.LocalTitle, ev.Venue, ev.City, ev.StartDate, ev.EndDate, ev.Zone, ev.Status,
            ev.ProgrammeStatus, ev.ProgrammePublishedAt,
            ev.Hosts.OrderBy(h => h.Order).Select(h => (h.Organization.Name, h.Organization.LocalName, h.Role)).ToList(),
            sessions.Select(s => new AgendaSession(s.Id, s.Title, s.LocalTitle, s.Kind, s.StartsAt, s.EndsAt,
                s.RoomId is { } r && rooms.TryGetValue(r, out var room) ? room.Name : null,
                s.RoomId is { } r2 && rooms.TryGetValue(r2, out var room2) ? room2.LocalName : null,
                s.Description, s.InterpretationProvided,
                s.Roles.OrderBy(x => x.Role).ThenBy(x => x.Order).Select(x => new AgendaPerson(x.Role, x.Order, Display.RoleHolder(x, names))).ToList()))
                .ToList(),
            changes, visits);
    }
}
