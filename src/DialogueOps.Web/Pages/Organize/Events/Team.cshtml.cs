using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Features.Teams;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

public class TeamModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer, TeamDesk team, UserManager<ApplicationUser> users)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed record Member(int GrantId, GrantKind Kind, string? Delegation, string Name, string Email, bool HasPassword);

    public sealed record DelegationOption(int Id, string Name);

    public sealed class GrantInput
    {
        [Required(ErrorMessage = "This field is required.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Display(Name = "Role")]
        public GrantKind Kind { get; set; } = GrantKind.Secretariat;

        [Display(Name = "Delegation (focal points only)")]
        public int? DelegationId { get; set; }
    }

    [BindProperty]
    public GrantInput Input { get; set; } = new();

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public IReadOnlyList<DelegationOption> Delegations { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostGrantAsync(int id)
    {
        if (!Enum.IsDefined(Input.Kind))
        {
            ModelState.AddModelError("Input.Kind", L["Choose a role."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        try
        {
            var outcome = await team.GrantAsync(id, Input.Email!, Input.Kind, Input.DelegationId, users.GetUserId(User)!, HttpContext.RequestAborted);
            StatusMessage = outcome switch
            {
                GrantOutcome.Invited => L["{0} had no account: one was made and an invitation to choose a password was sent.", Input.Email!],
                GrantOutcome.AlreadyHeld => L["{0} already has this role.", Input.Email!],
                _ => L["{0} now has the role; it counts from their next page.", Input.Email!],
            };
        }
        catch (DomainException error)
        {
            AddRuleError(error);
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int grantId)
    {
        if (!await Db.EventGrants.AnyAsync(g => g.Id == grantId && g.EventId == id))
        {
            return NotFound();
        }

        try
        {
            await team.RevokeAsync(id, grantId, users.GetUserId(User)!, HttpContext.RequestAborted);
            StatusMessage = L["The role was taken away; it counts from the person's next page."];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id });
    }

    private async Task LoadAsync()
    {
        var chinese = Display.IsChinese(CultureInfo.CurrentUICulture);
        var delegations = await Db.Delegations.AsNoTracking().Where(d => d.EventId == EventId).Select(d => new { d.Id, d.CountryCode }).ToListAsync();
        Delegations = delegations.Select(d => new DelegationOption(d.Id, Countries.Name(d.CountryCode, chinese))).OrderBy(d => d.Name, StringComparer.CurrentCulture).ToList();
        var rows = await (from g in Db.EventGrants.AsNoTracking()
                          join u in Db.Users.AsNoTracking() on g.UserId equals u.Id
                          where g.EventId == EventId
                          select new { g.Id, g.Kind, g.DelegationId, u.DisplayName, u.Email, u.PasswordHash }).ToListAsync();
        Members = rows
            .Select(r => new Member(r.Id, r.Kind, r.DelegationId is { } d ? Delegations.FirstOrDefault(o => o.Id == d)?.Name : null,
                string.IsNullOrWhiteSpace(r.DisplayName) ? r.Email ?? "" : r.DisplayName, r.Email ?? "", r.PasswordHash is not null))
            .OrderBy(m => Array.IndexOf(TeamDesk.Kinds, m.Kind)).ThenBy(m => m.Delegation).ThenBy(m => m.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
