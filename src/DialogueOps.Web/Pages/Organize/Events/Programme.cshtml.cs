using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Programme;
using DialogueOps.Web.Components;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

/// <summary>The organizer's view of the programme: a grid per day by room and time, and publication.</summary>
[EventAccess(Policies.ServeEvent)]
public class ProgrammeModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed record DayGrid(string Day, IReadOnlyList<GridSession> Sessions);

    public IReadOnlyList<GridRoom> Rooms { get; private set; } = [];
    public IReadOnlyList<DayGrid> Days { get; private set; } = [];
    public ProgrammeStatus Status { get; private set; }

    /// <summary>The event itself is still a draft: a published programme is seen only once the event is opened.</summary>
    public bool EventIsDraft { get; private set; }
    public string ZoneDescription { get; private set; } = "";
    public int SessionCount { get; private set; }
    public int OverriddenCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ev = CurrentEvent.Event;
        var culture = CultureInfo.CurrentUICulture;
        var zone = ev.Zone;
        Status = ev.ProgrammeStatus;
        EventIsDraft = ev.Status == DialogueOps.Domain.Events.EventStatus.Draft;
        ZoneDescription = EventTimeZone.Describe(zone, ev.UtcSpan().StartsAtUtc.AddHours(12), System.Globalization.CultureInfo.CurrentUICulture);
        var rooms = await Db.Rooms.AsNoTracking().Where(r => r.EventId == id).OrderByDescending(r => r.Capacity).ToListAsync();
        Rooms = rooms.Select(r => new GridRoom(r.Id, Display.Pick(r.Name, r.LocalName, culture))).ToList();
        var sessions = await Db.Sessions.AsNoTracking().Where(s => s.EventId == id).OrderBy(s => s.StartsAt).ToListAsync();
        SessionCount = sessions.Count;
        OverriddenCount = sessions.Count(s => s.ConflictOverrideReason is not null);
        var placed = sessions.Select(s => new GridSession(s.Id, Display.Pick(s.Title, s.LocalTitle, culture), s.Kind,
            EventTimeZone.ToLocal(s.StartsAt, zone), EventTimeZone.ToLocal(s.EndsAt, zone), s.RoomId,
            Url.Page("/Organize/Events/Session", new { id, sessionId = s.Id })!)).ToList();
        Days = Enumerable.Range(0, ev.EndDate.DayNumber - ev.StartDate.DayNumber + 1)
            .Select(ev.StartDate.AddDays)
            .Select(day => new DayGrid(day.ToString("D", culture), placed.Where(s => DateOnly.FromDateTime(s.Start) == day).ToList()))
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id)
    {
        var ev = await Db.Events.SingleAsync(e => e.Id == id);
        try
        {
            ev.PublishProgramme(clock.GetUtcNow().UtcDateTime);
            await Db.SaveChangesAsync();
            StatusMessage = CurrentEvent.Event.Status == DialogueOps.Domain.Events.EventStatus.Draft
                ? L["The programme is published. The public sees it once you open the event (Details); changes from now on are listed in its changelog."]
                : L["The programme is published. Changes from now on are listed in the public changelog."];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id });
    }
}
