using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages.Organize;

public class IndexModel(DialogueOpsDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string Slug, string Title, string Dates, EventStatus Status, bool Organizer);

    public IReadOnlyList<Row> Events { get; private set; } = [];
    public bool CanCreate { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.CreateEvents)).Succeeded;
        var query = db.Events.AsNoTracking();
        if (!User.IsInRole(Roles.Administrator))
        {
            var served = User.EventIdsWith(GrantKind.Organizer, GrantKind.Secretariat);
            query = query.Where(e => served.Contains(e.Id));
        }

        var culture = CultureInfo.CurrentUICulture;
        var rows = await query.OrderByDescending(e => e.StartDate)
            .Select(e => new { e.Id, e.Slug, e.Title, e.LocalTitle, e.StartDate, e.EndDate, e.Status })
            .ToListAsync();
        var organizes = User.IsInRole(Roles.Administrator)
            ? rows.Select(r => r.Id).ToHashSet()
            : User.EventIdsWith(GrantKind.Organizer).ToHashSet();
        Events = rows.Select(e => new Row(e.Id, e.Slug, Display.Pick(e.Title, e.LocalTitle, culture),
            Display.DateRange(e.StartDate, e.EndDate, culture), e.Status, organizes.Contains(e.Id))).ToList();
    }
}
