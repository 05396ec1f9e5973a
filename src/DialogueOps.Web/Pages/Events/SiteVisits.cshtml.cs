using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages.Events;

/// <summary>The event's site visits for a participant: seats left, the person's own sign-ups, a link to each visit.</summary>
public class SiteVisitsModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users) : PageModel
{
    public sealed record Row(int Id, string Title, string Host, string When, int SeatsLeft, int Capacity, SignupStatus? Mine, bool Closed);

    public string Slug { get; private set; } = "";
    public string EventTitle { get; private set; } = "";
    public IReadOnlyList<Row> Visits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        if (ev is null || !ev.IsPublic)
        {
            return NotFound();
        }

        Slug = slug;
        var culture = CultureInfo.CurrentUICulture;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, culture);
        var userId = users.GetUserId(User);
        var me = await db.Participants.AsNoTracking().Where(p => p.EventId == ev.Id && p.UserId == userId).Select(p => (int?)p.Id).SingleOrDefaultAsync();
        var visits = await (from v in db.SiteVisits.AsNoTracking()
                            join o in db.Organizations.AsNoTracking() on v.HostOrganizationId equals o.Id
                            where v.EventId == ev.Id
                            orderby v.StartsAt, v.Title
                            select new { v, o.Name, o.LocalName }).ToListAsync();
        var mine = me is null ? new Dictionary<int, SignupStatus>()
            : await db.SiteVisitSignups.AsNoTracking().Where(s => s.ParticipantId == me && s.Status != SignupStatus.Cancelled)
                .ToDictionaryAsync(s => s.SiteVisitId, s => s.Status);
        var now = DateTime.UtcNow;
        Visits = visits.Select(x => new Row(x.v.Id, Display.Pick(x.v.Title, x.v.LocalTitle, culture), Display.Pick(x.Name, x.LocalName, culture),
            EventTimeZone.FormatInstant(x.v.StartsAt, ev.Zone, culture), x.v.SeatsLeft, x.v.Capacity,
            mine.TryGetValue(x.v.Id, out var status) ? status : null, now >= x.v.SignupClosesAt)).ToList();
        return Page();
    }
}
