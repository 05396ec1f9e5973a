using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Programme;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Itinerary;

/// <param name="NotesSessionId">Set when the person is the session's rapporteur: the notes page to link to.</param>
public sealed record ItineraryEntry(DateTime StartsAtUtc, DateTime EndsAtUtc, string Title, string? LocalTitle, string What, string? Place, int? NotesSessionId = null);

/// <summary>One participant's own programme at one event: sessions they have a role in, their site visits, travel.</summary>
public sealed record ItineraryData(
    string EventSlug, string EventTitle, string? EventLocalTitle, TimeZoneInfo Zone, string PersonName,
    DateTime? ArrivalAt, string? ArrivalFlight, DateTime? DepartureAt, string? DepartureFlight, string? Hotel,
    IReadOnlyList<ItineraryEntry> Entries, IReadOnlyList<(string Slug, string Title)> OtherEvents)
{
    public string ZoneDescription => EventTimeZone.Describe(Zone, Entries.FirstOrDefault()?.StartsAtUtc ?? DateTime.UtcNow);

    /// <summary>Only the signed-in user's own participations are ever read: the user id is the filter.</summary>
    public static async Task<ItineraryData?> LoadAsync(DialogueOpsDbContext db, string userId, string? slug)
    {
        var mine = await db.Participants.AsNoTracking().Where(p => p.UserId == userId)
            .Join(db.Events, p => p.EventId, e => e.Id, (p, e) => new { Participant = p, Event = e })
            .OrderByDescending(x => x.Event.StartDate)
            .ToListAsync();
        var chosen = slug is null ? mine.FirstOrDefault() : mine.FirstOrDefault(x => x.Event.Slug == slug);
        if (chosen is null)
        {
            return null;
        }

        var p = chosen.Participant;
        var roles = await db.SessionRoles.AsNoTracking().Where(r => r.ParticipantId == p.Id)
            .Join(db.Sessions, r => r.SessionId, s => s.Id, (r, s) => new { r.Role, SessionId = s.Id, s.Title, s.LocalTitle, s.StartsAt, s.EndsAt, s.RoomId })
            .ToListAsync();
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EventId == p.EventId).ToDictionaryAsync(r => r.Id, r => r.Name);
        var visits = await db.SiteVisitSignups.AsNoTracking().Where(v => v.ParticipantId == p.Id && v.Status != SignupStatus.Cancelled)
            .Join(db.SiteVisits, v => v.SiteVisitId, s => s.Id, (v, s) => new { v.Status, v.WaitlistPosition, s.Title, s.LocalTitle, s.StartsAt, s.EndsAt, s.MeetingPoint })
            .ToListAsync();
        var entries = roles.Select(r => new ItineraryEntry(r.StartsAt, r.EndsAt, r.Title, r.LocalTitle, r.Role.ToString(), r.RoomId is { } id ? rooms.GetValueOrDefault(id) : null,
                r.Role == SessionRoleKind.Rapporteur ? r.SessionId : null))
            .Concat(visits.Select(v => new ItineraryEntry(v.StartsAt, v.EndsAt, v.Title, v.LocalTitle,
                v.Status == SignupStatus.Waitlisted ? $"SiteVisitWaitlisted:{v.WaitlistPosition}" : "SiteVisit", v.MeetingPoint)))
            .OrderBy(e => e.StartsAtUtc)
            .ToList();
        return new ItineraryData(chosen.Event.Slug, chosen.Event.Title, chosen.Event.LocalTitle, chosen.Event.Zone,
            Display.PersonName(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName),
            p.ArrivalAt, p.ArrivalFlight, p.DepartureAt, p.DepartureFlight, p.Hotel, entries,
            mine.Where(x => x != chosen).Select(x => (x.Event.Slug, x.Event.Title)).ToList());
    }
}
