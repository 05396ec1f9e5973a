using System.ComponentModel.DataAnnotations;
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

public class RoomsModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed record RoomRow(int Id, string Name, string? LocalName, int Capacity, int InterpretationBooths, int Sessions);

    public sealed class RoomInput
    {
        /// <summary>Set when editing an existing room.</summary>
        public int? RoomId { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [StringLength(100, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Name (English)")]
        public string Name { get; set; } = "";

        [StringLength(100, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Name (local language)")]
        public string? LocalName { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Capacity")]
        public int? Capacity { get; set; }

        [Display(Name = "Interpretation booths")]
        public int InterpretationBooths { get; set; }
    }

    [BindProperty]
    public RoomInput Input { get; set; } = new();

    public IReadOnlyList<RoomRow> Rooms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? edit)
    {
        if (edit is not null)
        {
            var room = await Db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == edit && r.EventId == id);
            if (room is null)
            {
                return NotFound();
            }

            Input = new RoomInput { RoomId = room.Id, Name = room.Name, LocalName = room.LocalName, Capacity = room.Capacity, InterpretationBooths = room.InterpretationBooths };
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (ModelState.IsValid)
        {
            foreach (var (field, message) in Room.Validate(Input.Name, Input.Capacity ?? 0, Input.InterpretationBooths).All)
            {
                ModelState.AddModelError($"{nameof(Input)}.{field}", L[message]);
            }

            var name = Input.Name.Trim();
            if (await Db.Rooms.AnyAsync(r => r.EventId == id && r.Name == name && r.Id != Input.RoomId))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", L["Another room of this event has this name."]);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        if (Input.RoomId is { } roomId)
        {
            var room = await Db.Rooms.SingleOrDefaultAsync(r => r.Id == roomId && r.EventId == id);
            if (room is null)
            {
                return NotFound();
            }

            room.Update(Input.Name, Input.LocalName, Input.Capacity!.Value, Input.InterpretationBooths);
            StatusMessage = L["The room was saved."];
        }
        else
        {
            Db.Rooms.Add(new Room(id, Input.Name, Input.LocalName, Input.Capacity!.Value, Input.InterpretationBooths));
            StatusMessage = L["The room was added."];
        }

        await Db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int roomId)
    {
        var room = await Db.Rooms.SingleOrDefaultAsync(r => r.Id == roomId && r.EventId == id);
        if (room is null)
        {
            return NotFound();
        }

        if (await Db.Sessions.AnyAsync(s => s.RoomId == roomId))
        {
            StatusMessage = L["The room is used by sessions; move them to another room first."];
            return RedirectToPage(new { id });
        }

        Db.Rooms.Remove(room);
        await Db.SaveChangesAsync();
        StatusMessage = L["The room was deleted."];
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync() =>
        Rooms = await Db.Rooms.AsNoTracking().Where(r => r.EventId == EventId).OrderBy(r => r.Name)
            .Select(r => new RoomRow(r.Id, r.Name, r.LocalName, r.Capacity, r.InterpretationBooths, Db.Sessions.Count(s => s.RoomId == r.Id)))
            .ToListAsync();
}
