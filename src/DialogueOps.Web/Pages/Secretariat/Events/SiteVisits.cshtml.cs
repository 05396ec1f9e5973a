using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Pages.Secretariat;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DialogueOps.Web.Features.Participants;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>The secretariat's overview of an event's visits: seats taken, waitlist, missing passports.</summary>
public class SiteVisitsModel(DialogueOpsDbContext db, CurrentEvent currentEvent) : PageModel
{
    public sealed record Row(int Id, string Title, string Host, string When, int Confirmed, int Capacity, int Waitlisted, int MissingPassports, bool PassportRequired);

    public int EventId { get; private set; }
    public string EventTitle { get; private set; } = "";
    public IReadOnlyList<Row> Visits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ev = currentEvent.Event;
        var culture = CultureInfo.CurrentUICulture;
        EventId = id;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, culture);
        var rows = await (from v in db.SiteVisits.AsNoTracking()
                          join o in db.Organizations.AsNoTracking() on v.HostOrganizationId equals o.Id
                          where v.EventId == id
                          orderby v.StartsAt, v.Title
                          select new
                          {
                              v.Id, v.Title, v.LocalTitle, o.Name, o.LocalName, v.StartsAt, v.Confirmed, v.Capacity, v.PassportRequired,
                              Waitlisted = db.SiteVisitSignups.Count(s => s.SiteVisitId == v.Id && s.Status == SignupStatus.Waitlisted),
                              Missing = db.SiteVisitSignups.Count(s => s.SiteVisitId == v.Id && s.Status == SignupStatus.Confirmed
                                                                       && !db.PassportDetails.Any(p => p.ParticipantId == s.ParticipantId)),
                          }).ToListAsync();
        Visits = rows.Select(r => new Row(r.Id, Display.Pick(r.Title, r.LocalTitle, culture), Display.Pick(r.Name, r.LocalName, culture),
            EventTimeZone.FormatInstant(r.StartsAt, ev.Zone, culture), r.Confirmed, r.Capacity, r.Waitlisted, r.Missing, r.PassportRequired)).ToList();
        return Page();
    }
}
