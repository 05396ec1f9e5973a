using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.SiteVisits;

/// <summary>
/// The confirmed visitors of one visit in seating order, with passport facts for the host's security desk. Passport numbers
/// are opened (and audited) only when the host requires them and the caller may see them.
/// </summary>
public sealed record ManifestData(
    string VisitTitle,
    string? VisitLocalTitle,
    string Host,
    string? HostLocalName,
    string EventTitle,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    TimeZoneInfo Zone,
    string? MeetingPoint,
    string? Transport,
    bool PassportRequired,
    bool ShowsPassportNumbers,
    IReadOnlyList<ManifestData.Visitor> Visitors,
    IReadOnlyList<Vehicle> Vehicles,
    int Waitlisted)
{
    public sealed record Visitor(int Order, string Name, string? NameAsInPassport, string Nationality, string? Organization, string? Position, string? PassportNumber);

    public static async Task<ManifestData?> LoadAsync(DialogueOpsDbContext db, PassportVault vault, int eventId, int visitId, string? viewerUserId, bool showPassportNumbers, CancellationToken ct)
    {
        var visit = await db.SiteVisits.AsNoTracking().SingleOrDefaultAsync(v => v.Id == visitId && v.EventId == eventId, ct);
        if (visit is null)
        {
            return null;
        }

        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
        var host = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == visit.HostOrganizationId, ct);
        var rows = await (from s in db.SiteVisitSignups.AsNoTracking()
                          join p in db.Participants.AsNoTracking() on s.ParticipantId equals p.Id
                          join o in db.Organizations.AsNoTracking() on p.OrganizationId equals o.Id into orgs
                          from o in orgs.DefaultIfEmpty()
                          join pp in db.PassportDetails.AsNoTracking() on p.Id equals pp.ParticipantId into passports
                          from pp in passports.DefaultIfEmpty()
                          where s.SiteVisitId == visitId && s.Status == SignupStatus.Confirmed
                          orderby s.ConfirmedAt, s.Id
                          select new { p.Id, p.GivenName, p.FamilyName, p.NameOrder, p.Nationality, Organization = o != null ? o.Name : null, p.Position, Passport = pp })
            .ToListAsync(ct);
        var opens = showPassportNumbers && visit.PassportRequired;
        var visitors = rows.Select((r, i) => new Visitor(i + 1, Domain.Delegations.Participant.InOrder(r.GivenName, r.FamilyName, r.NameOrder),
            r.Passport?.NameAsInPassport, r.Passport?.Nationality ?? r.Nationality, r.Organization, r.Position,
            opens && r.Passport is { } p ? vault.Open(p.ProtectedNumber, p.ProtectedDateOfBirth, r.Id, viewerUserId, PassportUse.Manifest)?.Number : null)).ToList();
        await db.SaveChangesAsync(ct);
        var waitlisted = await db.SiteVisitSignups.CountAsync(s => s.SiteVisitId == visitId && s.Status == SignupStatus.Waitlisted, ct);
        return new ManifestData(visit.Title, visit.LocalTitle, host.Name, host.LocalName, ev.Title, visit.StartsAt, visit.EndsAt, ev.Zone,
            visit.MeetingPoint, visit.Transport, visit.PassportRequired, opens, visitors, visit.Vehicles, waitlisted);
    }

    /// <summary>Visitors seated in confirmation order, filling each vehicle before the next; those beyond every seat are left over.</summary>
    public IReadOnlyList<(string Vehicle, IReadOnlyList<Visitor> Passengers)> Seating()
    {
        var result = new List<(string, IReadOnlyList<Visitor>)>();
        var queue = new Queue<Visitor>(Visitors);
        foreach (var vehicle in Vehicles)
        {
            var passengers = new List<Visitor>();
            while (passengers.Count < vehicle.Seats && queue.Count > 0)
            {
                passengers.Add(queue.Dequeue());
            }

            result.Add((vehicle.Name, passengers));
        }

        if (queue.Count > 0)
        {
            result.Add(("", queue.ToList()));
        }

        return result;
    }

    /// <summary>"Fri 9 Jul 2027, 09:00–12:00 (UTC+8)", always in English: the host's security desk reads it.</summary>
    public string When => WhenIn(System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The same for a reader of the page in their own language ("2027年7月9日 周五 09:00–12:00 (UTC+8)").</summary>
    public string WhenIn(System.Globalization.CultureInfo culture) => string.Create(culture,
        $"{EventTimeZone.ToLocal(StartsAtUtc, Zone).ToString(culture.Name.StartsWith("zh", StringComparison.Ordinal) ? "D" : "ddd d MMM yyyy,", culture)} {EventTimeZone.ToLocal(StartsAtUtc, Zone):HH:mm}–{EventTimeZone.ToLocal(EndsAtUtc, Zone):HH:mm} ({EventTimeZone.OffsetLabel(Zone, StartsAtUtc)})");
}
