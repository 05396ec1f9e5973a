using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Features.Accounts;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Admin;

/// <summary>One account: its roles and event roles, and what an administrator may do to it.</summary>
public class UserModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, AccountDesk desk, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public sealed record GrantRow(int EventId, string Event, GrantKind Kind, string? Delegation);

    public ApplicationUser Account { get; private set; } = null!;
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<GrantRow> Grants { get; private set; } = [];
    public bool Locked { get; private set; }
    public bool HasPassword { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        Roles = (await users.GetRolesAsync(account)).Order().ToList();
        Locked = await users.IsLockedOutAsync(account);
        HasPassword = await users.HasPasswordAsync(account);
        var chinese = Display.IsChinese(CultureInfo.CurrentUICulture);
        var rows = await (from g in db.EventGrants.AsNoTracking()
                          join e in db.Events.AsNoTracking() on g.EventId equals e.Id
                          join d in db.Delegations.AsNoTracking() on g.DelegationId equals d.Id into byDelegation
                          from d in byDelegation.DefaultIfEmpty()
                          where g.UserId == userId
                          select new { g.EventId, e.Title, e.LocalTitle, g.Kind, Country = d != null ? d.CountryCode : null }).ToListAsync();
        Grants = rows.Select(r => new GrantRow(r.EventId, Display.Pick(r.Title, r.LocalTitle, CultureInfo.CurrentUICulture), r.Kind,
            r.Country is null ? null : Countries.Name(r.Country, chinese))).OrderBy(r => r.Event).ThenBy(r => r.Kind).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostGiveRoleAsync(string userId, string role) => ActAsync(userId, by => desk.GiveRoleAsync(userId, role, by), "The role was given.");

    public Task<IActionResult> OnPostTakeRoleAsync(string userId, string role) => ActAsync(userId, by => desk.TakeRoleAsync(userId, role, by), "The role was taken away.");

    public Task<IActionResult> OnPostLockAsync(string userId) => ActAsync(userId, by => desk.LockAsync(userId, by), "The account is locked; its sessions end at their next page.");

    public Task<IActionResult> OnPostUnlockAsync(string userId) => ActAsync(userId, by => desk.UnlockAsync(userId, by), "The account is unlocked.");

    public Task<IActionResult> OnPostResetTwoFactorAsync(string userId) => ActAsync(userId, by => desk.ResetTwoFactorAsync(userId, by), "Two-factor sign-in was reset; the person sets it up again.");

    public Task<IActionResult> OnPostResendConfirmationAsync(string userId) => ActAsync(userId, _ => desk.ResendConfirmationAsync(userId), "A new confirmation mail was sent.");

    private async Task<IActionResult> ActAsync(string userId, Func<string, Task> act, string done)
    {
        if (await users.FindByIdAsync(userId) is null)
        {
            return NotFound();
        }

        try
        {
            await act(users.GetUserId(User)!);
            StatusMessage = localizer[done];
        }
        catch (DomainException error)
        {
            StatusMessage = localizer[error.Message];
        }

        return RedirectToPage(new { userId });
    }
}
