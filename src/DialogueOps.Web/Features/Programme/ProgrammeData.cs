using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Programme;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Programme;

/// <summary>What the conflict rules need about one event: every session and site visit with its people, rooms, names.</summary>
public sealed record ProgrammeData(
    IReadOnlyList<Booking> Bookings,
    IReadOnlyDictionary<int, (string Name, int Capacity)> Rooms,
    IReadOnlyDictionary<int, string> People)
{
    public static async Task<ProgrammeData> LoadAsync(DialogueOpsDbContext db, int eventId)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId)
            .Select(s => new { s.Id, s.Title, s.StartsAt, s.EndsAt, s.RoomId, People = s.Roles.Where(r => r.ParticipantId != null).Select(r => r.ParticipantId!.Value).ToList() })
            .ToListAsync();
        var visits = await db.SiteVisits.AsNoTracking().Where(v => v.EventId == eventId)
            .Select(v => new
            {
                v.Title, v.StartsAt, v.EndsAt,
                People = db.SiteVisitSignups.Where(x => x.SiteVisitId == v.Id && x.Status == SignupStatus.Confirmed).Select(x => x.ParticipantId).ToList(),
            })
            .ToListAsync();
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EventId == eventId).ToDictionaryAsync(r => r.Id, r => (r.Name, r.Capacity));
        var people = await db.Participants.AsNoTracking().Where(p => p.EventId == eventId)
            .Select(p => new { p.Id, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName })
            .ToListAsync();
        var bookings = sessions.Select(s => new Booking(s.Id, s.Title, s.StartsAt, s.EndsAt, s.RoomId, s.People))
            .Concat(visits.Select(v => new Booking(null, v.Title, v.StartsAt, v.EndsAt, null, v.People)))
            .ToList();
        return new ProgrammeData(bookings, rooms,
            people.ToDictionary(p => p.Id, p => Display.PersonName(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName)));
    }

    /// <summary>Protocol facts of the people of one session, for default speaking order.</summary>
    public static async Task<Dictionary<int, (int Rank, string Country, string FamilyName)>> ProtocolAsync(DialogueOpsDbContext db, IEnumerable<int> participantIds)
    {
        var ids = participantIds.ToList();
        var rows = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.ProtocolRank, p.Nationality, p.FamilyName }).ToListAsync();
        return rows.ToDictionary(p => p.Id, p => (p.ProtocolRank, Domain.Common.Countries.Name(p.Nationality, chinese: false), p.FamilyName));
    }
}
