using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages.CheckIn;

/// <summary>The events where the signed-in person may check people in; with only one, straight to its desk.</summary>
public class IndexModel(DialogueOpsDbContext db) : PageModel
{
    public IReadOnlyList<(int Id, string Title, string Dates)> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var staffed = User.EventIdsWith(GrantKind.Organizer, GrantKind.Secretariat, GrantKind.CheckInStaff);
        var admin = User.IsInRole(Roles.Administrator);
        var culture = CultureInfo.CurrentUICulture;
        var rows = await db.Events.AsNoTracking().Where(e => admin || staffed.Contains(e.Id)).OrderByDescending(e => e.StartDate)
            .Select(e => new { e.Id, e.Title, e.LocalTitle, e.StartDate, e.EndDate }).ToListAsync();
        if (rows.Count == 1 && !admin)
        {
            return RedirectToPage("/CheckIn/Event", new { id = rows[0].Id });
        }

        Events = rows.Select(e => (e.Id, Display.Pick(e.Title, e.LocalTitle, culture), Display.DateRange(e.StartDate, e.EndDate, culture))).ToList();
        return Page();
    }
}
