using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages.Admin;

/// <summary>Who read passports, who erased what: the audit log for administrators, newest first, with filters and paging.</summary>
public class AuditModel(DialogueOpsDbContext db) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(DateTime At, string? User, string Action, string EntityType, string EntityId);

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Participant { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int CurrentPage { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync()
    {
        Actions = await db.AuditEntries.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync();
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Action))
        {
            query = query.Where(a => a.Action == Action);
        }

        if (!string.IsNullOrWhiteSpace(Participant))
        {
            query = query.Where(a => a.EntityType == "Participant" && a.EntityId == Participant.Trim());
        }

        Total = await query.CountAsync();
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(CurrentPage, 1, PageCount);
        Rows = await (from a in query
                      join u in db.Users on a.UserId equals u.Id into byUser
                      from u in byUser.DefaultIfEmpty()
                      orderby a.At descending, a.Id descending
                      select new Row(a.At, u != null ? u.Email : a.UserId, a.Action, a.EntityType, a.EntityId))
            .Skip((CurrentPage - 1) * PageSize).Take(PageSize).ToListAsync();
    }
}
