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

public class DelegationModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer, Features.Teams.TeamDesk team,
    Microsoft.AspNetCore.Identity.UserManager<ApplicationUser> users)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed record MemberOption(int Id, string Name);

    public sealed record FocalPointRow(int GrantId, string Email, string DisplayName);

    public sealed class QuotaInput
    {
        public ParticipantCategory Category { get; set; }

        [Range(0, 1000, ErrorMessage = "A quota must be between 0 and 1,000.")]
        public int? Max { get; set; }
    }

    public sealed class SettingsInput
    {
        [Display(Name = "Head of delegation")]
        public int? HeadOfDelegationId { get; set; }

        public List<QuotaInput> Quotas { get; set; } = [];
    }

    public sealed class FocalPointInput
    {
        [Required(ErrorMessage = "This field is required.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email of the focal point's account")]
        public string? Email { get; set; }
    }

    [BindProperty]
    public SettingsInput Settings { get; set; } = new();

    [BindProperty]
    public FocalPointInput FocalPoint { get; set; } = new();

    public int DelegationId { get; private set; }
    public string CountryName { get; private set; } = "";
    public IReadOnlyList<MemberOption> Members { get; private set; } = [];
    public IReadOnlyList<FocalPointRow> FocalPoints { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int delegationId)
    {
        var delegation = await Db.Delegations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == delegationId && d.EventId == id);
        if (delegation is null)
        {
            return NotFound();
        }

        Settings = new SettingsInput
        {
            HeadOfDelegationId = delegation.HeadOfDelegationId,
            Quotas = Enum.GetValues<ParticipantCategory>().Select(c => new QuotaInput { Category = c, Max = delegation.QuotaFor(c) }).ToList(),
        };
        await LoadAsync(delegation);
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(int id, int delegationId)
    {
        var delegation = await Db.Delegations.SingleOrDefaultAsync(d => d.Id == delegationId && d.EventId == id);
        if (delegation is null)
        {
            return NotFound();
        }

        KeepValidationOf(nameof(Settings), Settings);
        if (!ModelState.IsValid)
        {
            await LoadAsync(delegation);
            return Page();
        }

        foreach (var quota in Settings.Quotas.Where(q => Enum.IsDefined(q.Category)))
        {
            delegation.SetQuota(quota.Category, quota.Max);
        }

        if (Settings.HeadOfDelegationId is { } headId)
        {
            var head = await Db.Participants.SingleOrDefaultAsync(p => p.Id == headId && p.DelegationId == delegationId);
            if (head is null)
            {
                ModelState.AddModelError("Settings.HeadOfDelegationId", L["The head of delegation must be a member of the delegation."]);
                await LoadAsync(delegation);
                return Page();
            }

            delegation.SetHead(head);
        }
        else
        {
            delegation.ClearHead();
        }

        await Db.SaveChangesAsync();
        StatusMessage = L["Saved."];
        return RedirectToPage(new { id, delegationId });
    }

    public async Task<IActionResult> OnPostAddFocalPointAsync(int id, int delegationId)
    {
        var delegation = await Db.Delegations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == delegationId && d.EventId == id);
        if (delegation is null)
        {
            return NotFound();
        }

        KeepValidationOf(nameof(FocalPoint), FocalPoint);
        if (ModelState.IsValid)
        {
            var outcome = await team.GrantAsync(id, FocalPoint.Email!, GrantKind.FocalPoint, delegationId, users.GetUserId(User)!, HttpContext.RequestAborted);
            if (outcome == Features.Teams.GrantOutcome.AlreadyHeld)
            {
                ModelState.AddModelError("FocalPoint.Email", L["This person is already a focal point of the delegation."]);
            }
            else
            {
                StatusMessage = outcome == Features.Teams.GrantOutcome.Invited
                    ? L["{0} had no account: one was made and an invitation to choose a password was sent.", FocalPoint.Email!]
                    : L["{0} now has the role; it counts from their next page.", FocalPoint.Email!];
                return RedirectToPage(new { id, delegationId });
            }
        }

        Settings = new SettingsInput
        {
            HeadOfDelegationId = delegation.HeadOfDelegationId,
            Quotas = Enum.GetValues<ParticipantCategory>().Select(c => new QuotaInput { Category = c, Max = delegation.QuotaFor(c) }).ToList(),
        };
        await LoadAsync(delegation);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveFocalPointAsync(int id, int delegationId, int grantId)
    {
        if (!await Db.EventGrants.AnyAsync(g => g.Id == grantId && g.EventId == id && g.DelegationId == delegationId && g.Kind == GrantKind.FocalPoint))
        {
            return NotFound();
        }

        await team.RevokeAsync(id, grantId, users.GetUserId(User)!, HttpContext.RequestAborted);
        StatusMessage = L["The focal point was removed."];
        return RedirectToPage(new { id, delegationId });
    }

    private async Task LoadAsync(Delegation delegation)
    {
        DelegationId = delegation.Id;
        CountryName = Countries.Name(delegation.CountryCode, Display.IsChinese(CultureInfo.CurrentUICulture));
        var members = await Db.Participants.AsNoTracking().Where(p => p.DelegationId == delegation.Id)
            .OrderBy(p => p.ProtocolRank).ThenBy(p => p.FamilyName)
            .Select(p => new { p.Id, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName })
            .ToListAsync();
        Members = members.Select(p => new MemberOption(p.Id, Display.PersonName(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName))).ToList();
        FocalPoints = await Db.EventGrants.AsNoTracking()
            .Where(g => g.DelegationId == delegation.Id && g.Kind == GrantKind.FocalPoint)
            .Join(Db.Users, g => g.UserId, u => u.Id, (g, u) => new FocalPointRow(g.Id, u.Email ?? "", u.DisplayName))
            .ToListAsync();
        if (Settings.Quotas.Count == 0)
        {
            Settings.Quotas = Enum.GetValues<ParticipantCategory>().Select(c => new QuotaInput { Category = c, Max = delegation.QuotaFor(c) }).ToList();
        }
    }
}
