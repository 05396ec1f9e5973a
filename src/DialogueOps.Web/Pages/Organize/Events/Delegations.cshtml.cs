using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

public class DelegationsModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed record DelegationRow(int Id, string CountryCode, string Country, string? Head, int Members, int FocalPoints, string Quotas);

    public sealed class DelegationInput
    {
        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Country")]
        public string? CountryCode { get; set; }
    }

    [BindProperty]
    public DelegationInput Input { get; set; } = new();

    public IReadOnlyList<DelegationRow> Delegations { get; private set; } = [];
    public IReadOnlyList<Country> AvailableCountries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (ModelState.IsValid && !Countries.IsKnown(Input.CountryCode))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CountryCode)}", L["Unknown country."]);
        }

        var code = Input.CountryCode?.ToUpperInvariant();
        if (ModelState.IsValid && await Db.Delegations.AnyAsync(d => d.EventId == id && d.CountryCode == code))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CountryCode)}", L["This country already has a delegation."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var delegation = new Delegation(id, code!);
        Db.Delegations.Add(delegation);
        await Db.SaveChangesAsync();
        StatusMessage = L["The delegation was added."];
        return RedirectToPage("/Organize/Events/Delegation", new { id, delegationId = delegation.Id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int delegationId)
    {
        var delegation = await Db.Delegations.SingleOrDefaultAsync(d => d.Id == delegationId && d.EventId == id);
        if (delegation is null)
        {
            return NotFound();
        }

        if (await Db.Participants.AnyAsync(p => p.DelegationId == delegationId))
        {
            StatusMessage = L["The delegation has members; withdraw or move them first."];
            return RedirectToPage(new { id });
        }

        await Db.EventGrants.Where(g => g.DelegationId == delegationId).ExecuteDeleteAsync();
        Db.Delegations.Remove(delegation);
        await Db.SaveChangesAsync();
        StatusMessage = L["The delegation was deleted."];
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync()
    {
        var chinese = Display.IsChinese(CultureInfo.CurrentUICulture);
        var rows = await Db.Delegations.AsNoTracking().Where(d => d.EventId == EventId)
            .Select(d => new
            {
                d.Id, d.CountryCode,
                Head = Db.Participants.Where(p => p.Id == d.HeadOfDelegationId)
                    .Select(p => new { p.Honorific, p.GivenName, p.FamilyName, p.NameOrder }).FirstOrDefault(),
                Members = Db.Participants.Count(p => p.DelegationId == d.Id),
                FocalPoints = Db.EventGrants.Count(g => g.DelegationId == d.Id && g.Kind == GrantKind.FocalPoint),
                Quotas = d.Quotas.Select(q => new { q.Category, q.Max }).ToList(),
            })
            .ToListAsync();
        Delegations = rows
            .Select(d => new DelegationRow(d.Id, d.CountryCode, Countries.Name(d.CountryCode, chinese),
                d.Head is null ? null : Display.PersonName(d.Head.Honorific, d.Head.GivenName, d.Head.FamilyName, d.Head.NameOrder, null),
                d.Members, d.FocalPoints,
                string.Join(", ", d.Quotas.OrderBy(q => q.Category).Select(q => $"{L[q.Category.ToString()]} {q.Max}"))))
            .OrderBy(d => d.Country, StringComparer.Create(CultureInfo.CurrentUICulture, true))
            .ToList();
        var taken = rows.Select(r => r.CountryCode).ToHashSet();
        AvailableCountries = Countries.All.Where(c => !taken.Contains(c.Code)).ToList();
    }
}
