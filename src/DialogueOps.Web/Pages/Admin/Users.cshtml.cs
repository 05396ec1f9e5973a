using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages.Admin;

/// <summary>Every account, found by address or name, with its global roles, how many event roles it holds and its state.</summary>
public class UsersModel(DialogueOpsDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(string Id, string Email, string Name, IReadOnlyList<string> Roles, int Grants, bool Confirmed, bool Locked, bool TwoFactor, bool Invited);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int CurrentPage { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync()
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var term = Query.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        Total = await users.CountAsync();
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(CurrentPage, 1, PageCount);
        var now = DateTimeOffset.UtcNow;
        var page = await users.OrderBy(u => u.NormalizedEmail).Skip((CurrentPage - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.EmailConfirmed, u.LockoutEnd, u.TwoFactorEnabled, u.PasswordHash })
            .ToListAsync();
        var ids = page.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync();
        var grants = await db.EventGrants.Where(g => ids.Contains(g.UserId)).GroupBy(g => g.UserId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Rows = page.Select(u => new Row(u.Id, u.Email ?? "", u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            grants.FirstOrDefault(g => g.Key == u.Id)?.Count ?? 0,
            u.EmailConfirmed, u.LockoutEnd > now, u.TwoFactorEnabled, u.PasswordHash is null)).ToList();
    }
}
