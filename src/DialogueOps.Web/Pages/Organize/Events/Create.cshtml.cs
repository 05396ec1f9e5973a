using DialogueOps.Data;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Features.Cloning;
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

    /// <summary>The event to copy from (<see cref="EventCloner"/>); only one the person organizes.</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    public string? SourceTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (From is { } from)
        {
            if (await SourceAsync(from) is not { } source)
            {
                return NotFound();
            }

            // Everything but what must be new: the short name and the dates (and the deadlines that follow them).
            Input = EventInput.From(source);
            Input.Slug = "";
            Input.StartDate = null;
            Input.EndDate = null;
            Input.RegistrationOpensAt = Input.RegistrationClosesAt = Input.VisaRequestDeadline = Input.RegistrationEditCutoff = null;
        }

        return Page();
    }

    private async Task<Event?> SourceAsync(int id)
    {
        var userId = users.GetUserId(User);
        var source = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && (User.IsInRole(Roles.Administrator)
            || db.EventGrants.Any(g => g.EventId == e.Id && g.UserId == userId && g.Kind == GrantKind.Organizer)));
        SourceTitle = source?.Title;
        return source;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (From is { } from && await SourceAsync(from) is null)
        {
            return NotFound();
        }

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

        if (From is { } source)
        {
            var copied = await EventCloner.CopyAsync(db, source, created, HttpContext.RequestAborted);
            StatusMessage = L["The event was created as a draft from “{0}”: {1} hosts, {2} rooms, {3} delegations, {4} sessions and {5} site visits copied. Check the programme, then open registration.",
                SourceTitle!, copied.Hosts, copied.Rooms, copied.Delegations, copied.Sessions, copied.SiteVisits];
            return RedirectToPage("/Organize/Events/Edit", new { id = created.Id });
        }

        StatusMessage = L["The event was created as a draft. Add hosts, rooms and delegations, then open registration."];
        return RedirectToPage("/Organize/Events/Edit", new { id = created.Id });
    }
}
