using DialogueOps.Data;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

public class CreateModel(
    DialogueOpsDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var details = Input.ToDetails();
        foreach (var (field, message) in Event.Validate(details).All)
        {
            ModelState.AddModelError($"{nameof(Input)}.{EventInput.FieldFor(field)}", L[message]);
        }

        var slug = details.Slug.Trim().ToLowerInvariant();
        if (await db.Events.AnyAsync(e => e.Slug == slug))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Slug)}", L["Another event already uses this short name."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = Event.Create(details);
        db.Events.Add(created);
        await db.SaveChangesAsync();

        // The creator organizes what they created; refresh the cookie so the grant takes effect now.
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            db.EventGrants.Add(new EventGrant(user.Id, created.Id, GrantKind.Organizer));
            await db.SaveChangesAsync();
            await signIn.RefreshSignInAsync(user);
        }

        StatusMessage = L["The event was created as a draft. Add hosts, rooms and delegations, then open registration."];
        return RedirectToPage("/Organize/Events/Edit", new { id = created.Id });
    }
}
