using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

public class HostsModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed record HostRow(int Id, string Organization, string? OtherName, HostRole Role, string? SignatoryName, string? SignatoryTitle);

    public sealed record OrganizationOption(int Id, string Name);

    public sealed class HostInput
    {
        [Display(Name = "Existing organization")]
        public int? OrganizationId { get; set; }

        [StringLength(300, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Or a new organization: name (English)")]
        public string? NewName { get; set; }

        [StringLength(300, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Name (local language)")]
        public string? NewLocalName { get; set; }

        [StringLength(30, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Acronym")]
        public string? NewAcronym { get; set; }

        [Display(Name = "Kind")]
        public OrganizationKind NewKind { get; set; } = OrganizationKind.ThinkTank;

        [Display(Name = "Country")]
        public string? NewCountry { get; set; }

        [Display(Name = "Role")]
        public HostRole Role { get; set; } = HostRole.CoHost;

        [StringLength(200, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Signatory name")]
        public string? SignatoryName { get; set; }

        [StringLength(200, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Signatory title")]
        public string? SignatoryTitle { get; set; }
    }

    [BindProperty]
    public HostInput Input { get; set; } = new();

    public IReadOnlyList<HostRow> Hosts { get; private set; } = [];
    public IReadOnlyList<OrganizationOption> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (Input.OrganizationId is null && string.IsNullOrWhiteSpace(Input.NewName))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.OrganizationId)}", L["Choose an organization or enter a new one."]);
        }

        if (Input.OrganizationId is null && !string.IsNullOrWhiteSpace(Input.NewName) && !Countries.IsKnown(Input.NewCountry))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.NewCountry)}", L["Unknown country."]);
        }

        if (Input.OrganizationId is { } chosen && !await Db.Organizations.AnyAsync(o => o.Id == chosen))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.OrganizationId)}", L["Unknown organization."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var current = await Db.Events.Include(e => e.Hosts).SingleAsync(e => e.Id == id);
        try
        {
            var organizationId = Input.OrganizationId;
            if (organizationId is null)
            {
                var organization = new Organization(Input.NewName!, Input.NewLocalName, Input.NewAcronym, Input.NewKind, Input.NewCountry!);
                Db.Organizations.Add(organization);
                await Db.SaveChangesAsync();
                organizationId = organization.Id;
            }

            current.AddHost(organizationId.Value, Input.Role, Input.SignatoryName, Input.SignatoryTitle);
            await Db.SaveChangesAsync();
        }
        catch (DomainException error)
        {
            AddRuleError(error);
            await LoadAsync();
            return Page();
        }

        StatusMessage = L["The host was added."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int hostId)
    {
        var current = await Db.Events.Include(e => e.Hosts).SingleAsync(e => e.Id == id);
        if (current.Hosts.All(h => h.Id != hostId))
        {
            return NotFound();
        }

        current.RemoveHost(hostId);
        await Db.SaveChangesAsync();
        StatusMessage = L["The host was removed."];
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync()
    {
        var culture = CultureInfo.CurrentUICulture;
        var hosts = await Db.EventHosts.AsNoTracking().Where(h => h.EventId == EventId).OrderBy(h => h.Order)
            .Select(h => new { h.Id, h.Organization.Name, h.Organization.LocalName, h.Role, h.SignatoryName, h.SignatoryTitle })
            .ToListAsync();
        Hosts = hosts.Select(h =>
        {
            var name = Display.Pick(h.Name, h.LocalName, culture);
            return new HostRow(h.Id, name, name == h.Name ? h.LocalName : h.Name, h.Role, h.SignatoryName, h.SignatoryTitle);
        }).ToList();
        var organizations = await Db.Organizations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.LocalName }).ToListAsync();
        Organizations = organizations.Select(o => new OrganizationOption(o.Id, Display.Pick(o.Name, o.LocalName, culture))).ToList();
    }
}
