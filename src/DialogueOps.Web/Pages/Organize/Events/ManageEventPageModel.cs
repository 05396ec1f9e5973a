using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

/// <summary>
/// The organizer pages of one event share this: the event the access filter checked (its title and slug for the tabs),
/// the status message, and how rule errors reach the form.
/// </summary>
public abstract class ManageEventPageModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected DialogueOpsDbContext Db { get; } = db;
    protected IStringLocalizer<SharedResource> L { get; } = localizer;
    protected CurrentEvent CurrentEvent { get; } = currentEvent;

    public int EventId => CurrentEvent.Id;
    public string EventTitle => CurrentEvent.Title;
    public string EventSlug => CurrentEvent.Slug;
    public string EventTimeZoneId => CurrentEvent.TimeZoneId;

    [TempData]
    public string? StatusMessage { get; set; }

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
