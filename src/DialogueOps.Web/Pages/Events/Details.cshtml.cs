using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages.Events;

public class DetailsModel(DialogueOpsDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record HostRow(string Name, string? OtherName, HostRole Role);

    public sealed record DelegationRow(string CountryCode, string CountryName, int Confirmed);

    public int EventId { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? OtherTitle { get; private set; }
    public string? Theme { get; private set; }
    public string Dates { get; private set; } = "";
    public string ZoneDescription { get; private set; } = "";
    public string? Place { get; private set; }
    public EventStatus Status { get; private set; }
    public string? RegistrationWindow { get; private set; }
    public string? VisaDeadline { get; private set; }
    public IReadOnlyList<HostRow> Hosts { get; private set; } = [];
    public IReadOnlyList<DelegationRow> Delegations { get; private set; } = [];
    public int ConfirmedParticipants { get; private set; }
    public int Sessions { get; private set; }
    public int SiteVisits { get; private set; }

    /// <summary>What the visits are, for anyone deciding whether to come: host company, when, where to meet.</summary>
    public IReadOnlyList<VisitRow> Visits { get; private set; } = [];

    public sealed record VisitRow(string Title, string Host, string When, string? MeetingPoint);
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var found = await db.Events.AsNoTracking()
            .Where(e => e.Slug == slug)
            .Select(e => new
            {
                e.Id, e.Title, e.LocalTitle, e.Theme, e.Venue, e.City, e.TimeZoneId, e.StartDate, e.EndDate, e.Status,
                e.RegistrationOpensAt, e.RegistrationClosesAt, e.VisaRequestDeadline,
                Hosts = e.Hosts.OrderBy(h => h.Order).Select(h => new { h.Organization.Name, h.Organization.LocalName, h.Role }).ToList(),
            })
            .SingleOrDefaultAsync();
        if (found is null)
        {
            return NotFound();
        }

        CanManage = (await authorization.AuthorizeAsync(User, new EventResource(found.Id), Policies.ManageEvent)).Succeeded;
        if (found.Status is EventStatus.Draft or EventStatus.Archived && !CanManage)
        {
            return NotFound();
        }

        var culture = CultureInfo.CurrentUICulture;
        var chinese = Display.IsChinese(culture);
        var zone = EventTimeZone.Find(found.TimeZoneId);
        var midday = EventTimeZone.ToUtc(found.StartDate.ToDateTime(new TimeOnly(12, 0)), zone);

        EventId = found.Id;
        Slug = slug;
        Title = Display.Pick(found.Title, found.LocalTitle, culture);
        OtherTitle = Title == found.Title ? found.LocalTitle : found.Title;
        Theme = found.Theme;
        Dates = Display.DateRange(found.StartDate, found.EndDate, culture);
        ZoneDescription = EventTimeZone.Describe(zone, midday, culture);
        Place = string.Join(", ", new[] { found.Venue, found.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        Status = found.Status;
        if (found.RegistrationOpensAt is { } opens && found.RegistrationClosesAt is { } closes)
        {
            RegistrationWindow = $"{EventTimeZone.FormatInstant(opens, zone, culture)} – {EventTimeZone.FormatInstant(closes, zone, culture)}";
        }

        if (found.VisaRequestDeadline is { } visa)
        {
            VisaDeadline = EventTimeZone.FormatInstant(visa, zone, culture);
        }

        Hosts = found.Hosts.Select(h =>
        {
            var name = Display.Pick(h.Name, h.LocalName, culture);
            return new HostRow(name, name == h.Name ? h.LocalName : h.Name, h.Role);
        }).ToList();

        var delegations = await db.Delegations.AsNoTracking()
            .Where(d => d.EventId == found.Id)
            .Select(d => new
            {
                d.CountryCode,
                Confirmed = db.Participants.Count(p => p.DelegationId == d.Id && p.Status == ParticipantStatus.Confirmed),
            })
            .ToListAsync();
        Delegations = delegations
            .Select(d => new DelegationRow(d.CountryCode, Countries.Name(d.CountryCode, chinese), d.Confirmed))
            .OrderBy(d => d.CountryName, StringComparer.Create(culture, ignoreCase: true))
            .ToList();
        ConfirmedParticipants = await db.Participants.CountAsync(p => p.EventId == found.Id && p.Status == ParticipantStatus.Confirmed);
        Sessions = await db.Sessions.CountAsync(s => s.EventId == found.Id);
        var visits = await (from v in db.SiteVisits.AsNoTracking()
                            join o in db.Organizations.AsNoTracking() on v.HostOrganizationId equals o.Id
                            where v.EventId == found.Id
                            orderby v.StartsAt
                            select new { v.Title, v.LocalTitle, v.StartsAt, v.EndsAt, v.MeetingPoint, o.Name, OrgLocal = o.LocalName }).ToListAsync();
        Visits = visits.Select(v => new VisitRow(Display.Pick(v.Title, v.LocalTitle, culture), Display.Pick(v.Name, v.OrgLocal, culture),
            // Day spelled out and 24-hour times: "7/9" reads as 7 September in most of the region.
            $"{EventTimeZone.ToLocal(v.StartsAt, zone).ToString(Display.IsChinese(culture) ? "M月d日 ddd" : "ddd d MMM", culture)}, "
            + $"{EventTimeZone.ToLocal(v.StartsAt, zone).ToString("HH:mm", CultureInfo.InvariantCulture)}–{EventTimeZone.ToLocal(v.EndsAt, zone).ToString("HH:mm", CultureInfo.InvariantCulture)}",
            v.MeetingPoint)).ToList();
        SiteVisits = Visits.Count;
        return Page();
    }
}
