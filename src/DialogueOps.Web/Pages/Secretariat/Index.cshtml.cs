using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages.Secretariat;

/// <summary>The events the signed-in person serves as organizer or secretariat.</summary>
public class IndexModel(DialogueOpsDbContext db) : PageModel
{
    public IReadOnlyList<(int Id, string Title, string Dates)> Events { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var served = User.EventIdsWith(GrantKind.Organizer, GrantKind.Secretariat);
        var admin = User.IsInRole(Roles.Administrator);
        var culture = CultureInfo.CurrentUICulture;
        var rows = await db.Events.AsNoTracking().Where(e => admin || served.Contains(e.Id)).OrderByDescending(e => e.StartDate)
            .Select(e => new { e.Id, e.Title, e.LocalTitle, e.StartDate, e.EndDate }).ToListAsync();
        Events = rows.Select(e => (e.Id, Display.Pick(e.Title, e.LocalTitle, culture), Display.DateRange(e.StartDate, e.EndDate, culture))).ToList();
    }
}
