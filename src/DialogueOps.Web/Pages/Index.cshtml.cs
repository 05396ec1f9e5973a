using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Components;
using DialogueOps.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages;

public class IndexModel(DialogueOpsDbContext db) : PageModel
{
    public const int PageSize = 12;

    public IReadOnlyList<EventCardModel> Events { get; private set; } = [];
    public int CurrentPage { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(int p = 1)
    {
        var query = db.Events.AsNoTracking();
        if (!User.IsInRole(Roles.Administrator) && !User.IsInRole(Roles.Organizer))
        {
            query = query.Where(e => e.Status == EventStatus.Open || e.Status == EventStatus.Closed);
        }

        var total = await query.CountAsync();
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(p, 1, PageCount);
        var culture = CultureInfo.CurrentUICulture;
        var rows = await query
            .OrderByDescending(e => e.StartDate).ThenBy(e => e.Title)
            .Skip((CurrentPage - 1) * PageSize).Take(PageSize)
            .Select(e => new
            {
                e.Slug, e.Title, e.LocalTitle, e.Venue, e.City, e.StartDate, e.EndDate, e.Status,
                Hosts = e.Hosts.Where(h => h.Role == HostRole.Host || h.Role == HostRole.CoHost).OrderBy(h => h.Order).Select(h => new { h.Organization.Name, h.Organization.LocalName }).ToList(),
            })
            .ToListAsync();
        Events = rows.Select(e => new EventCardModel(e.Slug, e.Title, e.LocalTitle, e.Venue, e.City, e.StartDate, e.EndDate, e.Status,
                e.Hosts.Select(h => Display.Pick(h.Name, h.LocalName, culture)).ToList()))
            .ToList();
    }
}
