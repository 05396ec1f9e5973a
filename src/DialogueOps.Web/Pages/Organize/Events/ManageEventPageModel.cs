using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

/// <summary>
/// The organizer pages of one event share this: 404 for an unknown event, 403 without the
/// event's organizer grant, and the header (title, slug) for the tabs.
/// </summary>
public abstract class ManageEventPageModel(DialogueOpsDbContext db, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected DialogueOpsDbContext Db { get; } = db;
    protected IStringLocalizer<SharedResource> L { get; } = localizer;

    public int EventId { get; private set; }
    public string EventTitle { get; private set; } = "";
    public string EventSlug { get; private set; } = "";
    public string EventTimeZoneId { get; private set; } = "";

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Event set-up is for organizers; the programme pages let the event's secretariat schedule too.</summary>
    protected virtual string EventPolicy => Policies.ManageEvent;

    /// <summary>Null when the user may manage the event; else the result to return.</summary>
    protected async Task<IActionResult?> AuthorizeEventAsync(int id)
    {
        var header = await Db.Events.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Id, e.Title, e.LocalTitle, e.Slug, e.TimeZoneId }).SingleOrDefaultAsync();
        if (header is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, new EventResource(id), EventPolicy)).Succeeded)
        {
            return Forbid();
        }

        EventId = header.Id;
        EventTitle = Display.Pick(header.Title, header.LocalTitle, CultureInfo.CurrentUICulture);
        EventSlug = header.Slug;
        EventTimeZoneId = header.TimeZoneId;
        return null;
    }

    /// <summary>
    /// A page with two forms binds both; only the posted one's rules count. (An absent prefix makes MVC
    /// fall back to unprefixed keys, so everything outside the posted form's prefix is dropped.)
    /// </summary>
    protected void KeepValidationOf(string prefix, object model)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        // A post that names none of the form's fields binds nothing, so nothing was validated either; its required
        // fields are missing all the same, and the handler must hear so rather than run on empty values.
        if (ModelState.Count == 0)
        {
            TryValidateModel(model, prefix);
        }
    }

    /// <summary>Shows a broken domain rule next to its input (prefix "Input.") or at the top of the form.</summary>
    protected void AddRuleError(DomainException error, string prefix = "Input")
    {
        ModelState.AddModelError(error.Field is null ? "" : $"{prefix}.{error.Field}", L[error.Message]);
    }
}
