using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Privacy;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Events;

/// <summary>
/// A participant's passport for security lists (site visits whose host requires it). Stored encrypted; the page never shows
/// the number back, it only says that one is held and lets the person replace it.
/// </summary>
public class PassportModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, PassportVault vault, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty]
    public PassportInput Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string EventTitle { get; private set; } = "";
    public DateTime? HeldSince { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var me = await LoadAsync(slug);
        if (me is null)
        {
            return NotFound();
        }

        var held = await db.PassportDetails.AsNoTracking().SingleOrDefaultAsync(p => p.ParticipantId == me.Id);
        Input = new PassportInput
        {
            NameAsInPassport = held?.NameAsInPassport ?? "",
            IssuingCountry = held?.IssuingCountry ?? me.Nationality,
            Nationality = held?.Nationality ?? me.Nationality,
            PassportExpiry = held?.Expiry,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        var me = await LoadAsync(slug);
        if (me is null)
        {
            return NotFound();
        }

        var entry = Input.ToEntry();
        if (ModelState.IsValid)
        {
            foreach (var (field, message) in entry.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).All)
            {
                ModelState.AddModelError($"Input.{field}", L[message]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await vault.KeepAsync(me.Id, entry, HttpContext.RequestAborted);
        await db.SaveChangesAsync();
        StatusMessage = L["Saved. Your passport details are stored encrypted."];
        return RedirectToPage(new { slug });
    }

    private async Task<Participant?> LoadAsync(string slug)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug);
        if (ev is null)
        {
            return null;
        }

        Slug = slug;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, CultureInfo.CurrentUICulture);
        var userId = users.GetUserId(User);
        var me = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.EventId == ev.Id && p.UserId == userId);
        HeldSince = me is null ? null : await db.PassportDetails.Where(p => p.ParticipantId == me.Id).Select(p => (DateTime?)p.UpdatedAt).SingleOrDefaultAsync();
        return me;
    }
}
