using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Programme;
using DialogueOps.Domain.SiteVisits;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Cloning;

/// <summary>
/// Makes a new event from an earlier one: hosts, rooms, delegations and their quotas, reminder rules, site visits and the
/// programme, moved to the new dates. A session keeps its day of the event and its time on the wall clock, in the new
/// event's zone (a 09:00 opening stays a 09:00 opening in Jakarta). People, registrations, letters, speakers, notes and
/// outcomes stay behind: they belong to the earlier event.
/// </summary>
public static class EventCloner
{
    public sealed record Copied(int Hosts, int Rooms, int Delegations, int Sessions, int SiteVisits, int ReminderRules);

    public static async Task<Copied> CopyAsync(DialogueOpsDbContext db, int sourceId, Event target, CancellationToken ct)
    {
        var source = await db.Events.AsNoTracking().Include(e => e.Hosts).SingleAsync(e => e.Id == sourceId, ct);
        var days = target.StartDate.DayNumber - source.StartDate.DayNumber;
        DateTime Shift(DateTime utc) => EventTimeZone.ToUtc(EventTimeZone.ToLocal(utc, source.Zone).AddDays(days), target.Zone);

        var tracked = await db.Events.Include(e => e.Hosts).SingleAsync(e => e.Id == target.Id, ct);
        foreach (var host in source.Hosts.OrderBy(h => h.Order))
        {
            tracked.AddHost(host.OrganizationId, host.Role, host.SignatoryName, host.SignatoryTitle);
        }

        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EventId == sourceId).ToListAsync(ct);
        var newRooms = rooms.ToDictionary(r => r.Id, r => new Room(target.Id, r.Name, r.LocalName, r.Capacity, r.InterpretationBooths));
        db.Rooms.AddRange(newRooms.Values);

        var delegations = await db.Delegations.AsNoTracking().Where(d => d.EventId == sourceId).ToListAsync(ct);
        foreach (var delegation in delegations)
        {
            var copy = new Delegation(target.Id, delegation.CountryCode);
            foreach (var quota in delegation.Quotas)
            {
                copy.SetQuota(quota.Category, quota.Max);
            }

            db.Delegations.Add(copy);
        }

        var rules = await db.ReminderRules.AsNoTracking().Where(r => r.EventId == sourceId).ToListAsync(ct);
        db.ReminderRules.AddRange(rules.Select(r => new ReminderRule(target.Id, r.Kind, r.OffsetMinutes, r.Audience, r.Enabled)));

        var visits = await db.SiteVisits.AsNoTracking().Where(v => v.EventId == sourceId).ToListAsync(ct);
        db.SiteVisits.AddRange(visits.Select(v => SiteVisit.Create(target.Id, new SiteVisitDetails(v.HostOrganizationId, v.Title, v.LocalTitle,
            Shift(v.StartsAt), Shift(v.EndsAt), v.Capacity, v.MeetingPoint, v.Transport, v.Vehicles.ToList(),
            v.SecurityDataDeadline is { } deadline ? Shift(deadline) : null, v.Rules, v.PassportRequired, v.HostContactEmail))));
        await db.SaveChangesAsync(ct);

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == sourceId).ToListAsync(ct);
        foreach (var session in sessions)
        {
            var copy = new Session(target.Id, session.Title, session.LocalTitle, session.Kind, Shift(session.StartsAt), Shift(session.EndsAt),
                session.RoomId is { } room && newRooms.TryGetValue(room, out var newRoom) ? newRoom.Id : null);
            copy.Describe(session.Description, session.Languages, session.InterpretationProvided);
            copy.ExpectAudience(session.ExpectedAudience);
            db.Sessions.Add(copy);
        }

        await db.SaveChangesAsync(ct);
        return new Copied(source.Hosts.Count, rooms.Count, delegations.Count, sessions.Count, visits.Count, rules.Count);
    }
}
