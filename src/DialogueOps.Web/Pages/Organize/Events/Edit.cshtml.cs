using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

public class EditModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public EventStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var current = CurrentEvent.Event;
        Input = EventInput.From(current);
        Status = current.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var current = await Db.Events.SingleAsync(e => e.Id == id);
        Status = current.Status;
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
        if (await Db.Events.AnyAsync(e => e.Slug == slug && e.Id != id))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Slug)}", L["Another event already uses this short name."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Db.Entry(current).Property(e => e.Version).OriginalValue = Input.Version;
        current.Update(details);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", L["Someone else saved this event while you were editing. Your changes are still in the form: reload the page in another tab to see theirs, then save again."]);
            Input.Version = (await Db.Events.AsNoTracking().SingleAsync(e => e.Id == id)).Version;
            return Page();
        }

        StatusMessage = L["Saved."];
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostOpenAsync(int id) => ChangeStatusAsync(id, e => e.Open(), "Registration is open and the event is public.");

    public Task<IActionResult> OnPostCloseAsync(int id) => ChangeStatusAsync(id, e => e.Close(), "Registration is closed.");

    public Task<IActionResult> OnPostArchiveAsync(int id) => ChangeStatusAsync(id, e => e.Archive(), "The event is archived.");

    private async Task<IActionResult> ChangeStatusAsync(int id, Action<Event> change, string done)
    {
        var current = await Db.Events.SingleAsync(e => e.Id == id);
        try
        {
            change(current);
            await Db.SaveChangesAsync();
            StatusMessage = L[done];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id });
    }
}
