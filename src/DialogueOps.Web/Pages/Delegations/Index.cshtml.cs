using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Common;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Pages.Delegations;

/// <summary>The delegations the signed-in focal point leads.</summary>
public class IndexModel(DialogueOpsDbContext db) : PageModel
{
    public IReadOnlyList<(int EventId, int DelegationId, string Event, string Country)> Delegations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var mine = User.Grants().Where(g => g.Kind == GrantKind.FocalPoint && g.DelegationId is not null).Select(g => g.DelegationId!.Value).ToList();
        var chinese = Display.IsChinese(CultureInfo.CurrentUICulture);
        var rows = await db.Delegations.AsNoTracking().Where(d => mine.Contains(d.Id))
            .Join(db.Events, d => d.EventId, e => e.Id, (d, e) => new { d.Id, d.EventId, d.CountryCode, e.Title, e.LocalTitle }).ToListAsync();
        Delegations = rows.Select(r => (r.EventId, r.Id, Display.Pick(r.Title, r.LocalTitle, CultureInfo.CurrentUICulture), Countries.Name(r.CountryCode, chinese))).ToList();
    }
}
