using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Programme;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Programme;

namespace DialogueOps.Web.Pages.Organize.Events;

/// <summary>Creates, edits, moves and deletes one session, and assigns its chairs, speakers and rapporteur.</summary>
[EventAccess(Policies.ServeEvent)]
public class SessionModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer, TimeProvider clock,
    SessionMoveNotice moveNotice, Features.Notifications.Outbox outbox)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed class SessionInput
    {
        [Required(ErrorMessage = "This field is required.")]
        [StringLength(300, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Title (English)")]
        public string Title { get; set; } = "";

        [StringLength(300, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Title (local language)")]
        public string? LocalTitle { get; set; }

        [Display(Name = "Kind")]
        public SessionKind Kind { get; set; } = SessionKind.Roundtable;

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Day")]
        public DateOnly? Day { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Starts")]
        public TimeOnly? Start { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Ends")]
        public TimeOnly? End { get; set; }

        [Display(Name = "Ends the next day")]
        public bool EndsNextDay { get; set; }

        [Display(Name = "Room")]
        public int? RoomId { get; set; }

        [Range(0, 100_000, ErrorMessage = "The expected audience must be between 0 and 100,000.")]
        [Display(Name = "Expected audience")]
        public int? ExpectedAudience { get; set; }

        [StringLength(4000, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Description")]
        public string? Description { get; set; }

        [StringLength(100, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Working languages")]
        public string? Languages { get; set; } = "en,zh-Hans";

        [Display(Name = "Interpretation provided")]
        public bool InterpretationProvided { get; set; }

        [Display(Name = "Save despite the conflicts")]
        public bool OverrideConflicts { get; set; }

        [StringLength(500, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Reason")]
        public string? OverrideReason { get; set; }

        public Guid Version { get; set; }

        /// <summary>The form as a stored session fills it: wall-clock times in the event's zone.</summary>
        public static SessionInput From(Session session, TimeZoneInfo zone)
        {
            var start = EventTimeZone.ToLocal(session.StartsAt, zone);
            var end = EventTimeZone.ToLocal(session.EndsAt, zone);
            return new SessionInput
            {
                Title = session.Title, LocalTitle = session.LocalTitle, Kind = session.Kind, Day = DateOnly.FromDateTime(start),
                Start = TimeOnly.FromDateTime(start), End = TimeOnly.FromDateTime(end), EndsNextDay = end.Date > start.Date,
                RoomId = session.RoomId, ExpectedAudience = session.ExpectedAudience, Description = session.Description,
                Languages = session.Languages, InterpretationProvided = session.InterpretationProvided,
                OverrideReason = session.ConflictOverrideReason, OverrideConflicts = session.ConflictOverrideReason is not null,
                Version = session.Version,
            };
        }
    }

    public sealed class RoleInput
    {
        [Display(Name = "Participant")]
        public int? ParticipantId { get; set; }

        [StringLength(PersonLink.NameMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Or a person not registered: name as printed")]
        public string? GuestName { get; set; }

        [StringLength(PersonLink.TextMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Title or position")]
        public string? GuestPosition { get; set; }

        [StringLength(PersonLink.TextMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Affiliation")]
        public string? GuestAffiliation { get; set; }

        [Display(Name = "Country")]
        public string? GuestCountry { get; set; }

        [Display(Name = "Role")]
        public SessionRoleKind Role { get; set; } = SessionRoleKind.Speaker;

        [Display(Name = "Assign despite the conflict")]
        public bool OverrideConflicts { get; set; }

        [StringLength(500, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Reason")]
        public string? OverrideReason { get; set; }
    }

    /// <summary>A role on the session's page; <see cref="Guest"/> is set for a person named without a registration.</summary>
    public sealed record RoleRow(int Id, int? ParticipantId, SessionRoleKind Role, int Order, string Name, string? Guest);

    public sealed record Option(int Id, string Name);

    [BindProperty]
    public SessionInput Input { get; set; } = new();

    [BindProperty]
    public RoleInput NewRole { get; set; } = new();

    public int? SessionId { get; private set; }
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];
    public IReadOnlyList<Option> Rooms { get; private set; } = [];
    public IReadOnlyList<Option> Participants { get; private set; } = [];
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];
    public IReadOnlyList<string> Conflicts { get; private set; } = [];
    public IReadOnlyList<string> RoleConflicts { get; private set; } = [];
    public string ZoneDescription { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int? sessionId)
    {
        var ev = CurrentEvent.Event;
        if (sessionId is not null)
        {
            var session = await Db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == id);
            if (session is null)
            {
                return NotFound();
            }

            Input = SessionInput.From(session, ev.Zone);
        }
        else
        {
            Input.Day = ev.StartDate;
        }

        await LoadAsync(ev, sessionId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? sessionId)
    {
        KeepValidationOf(nameof(Input), Input);
        var ev = await Db.Events.SingleAsync(e => e.Id == id);
        var session = sessionId is null ? null : await Db.Sessions.Include(s => s.Roles).SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == id);
        if (sessionId is not null && session is null)
        {
            return NotFound();
        }

        if (Input.RoomId is { } roomId && !await Db.Rooms.AnyAsync(r => r.Id == roomId && r.EventId == id))
        {
            ModelState.AddModelError("Input.RoomId", L["Unknown room."]);
        }

        if (Input.Day is { } day && (day < ev.StartDate || day > ev.EndDate))
        {
            ModelState.AddModelError("Input.Day", L["The session is outside the event's dates."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ev, sessionId);
            return Page();
        }

        var zone = ev.Zone;
        var startsAt = EventTimeZone.ToUtc(Input.Day!.Value.ToDateTime(Input.Start!.Value), zone);
        var endsAt = EventTimeZone.ToUtc(Input.Day!.Value.AddDays(Input.EndsNextDay ? 1 : 0).ToDateTime(Input.End!.Value), zone);
        var data = await ProgrammeData.LoadAsync(Db, id);
        var found = ProgrammeConflicts.Find(
            new ProposedSession(sessionId, startsAt, endsAt, Input.RoomId, Input.ExpectedAudience, session?.ParticipantIds ?? []),
            ev.UtcSpan(), data.Bookings, data.Rooms, data.People);
        if (found.Any(c => c.Kind == ConflictKind.EndBeforeStart))
        {
            ModelState.AddModelError("Input.End", L["A session must end after it starts."]);
        }
        else if (found.Count > 0 && !Input.OverrideConflicts)
        {
            ModelState.AddModelError("", L["This session conflicts with the programme. Fix it, or tick “Save despite the conflicts” and give a reason."]);
        }
        else if (found.Count > 0 && string.IsNullOrWhiteSpace(Input.OverrideReason))
        {
            ModelState.AddModelError("Input.OverrideReason", L["Give a reason for saving despite the conflicts."]);
        }

        if (!ModelState.IsValid)
        {
            Conflicts = found.Where(c => c.Kind != ConflictKind.EndBeforeStart).Select(Describe).ToList();
            await LoadAsync(ev, sessionId);
            return Page();
        }

        var before = session is null ? null : await SnapshotAsync(session);
        if (session is null)
        {
            session = new Session(id, Input.Title, Input.LocalTitle, Input.Kind, startsAt, endsAt, Input.RoomId);
            Db.Sessions.Add(session);
        }
        else
        {
            Db.Entry(session).Property(s => s.Version).OriginalValue = Input.Version;
            session.Retitle(Input.Title, Input.LocalTitle);
            session.Reschedule(startsAt, endsAt, Input.RoomId);
        }

        session.Describe(Input.Description, Input.Languages, Input.InterpretationProvided);
        session.ExpectAudience(Input.ExpectedAudience);
        session.AcceptConflicts(found.Count > 0 ? Input.OverrideReason : null);
        // The session and its public changelog entry commit together (a new session has its id only once saved).
        await using var transaction = await Db.Database.BeginTransactionAsync();
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", L["Someone else saved this session while you were editing. Your changes are still in the form: reload the page in another tab to see theirs, then save again."]);
            Input.Version = (await Db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId)).Version;
            await LoadAsync(ev, sessionId);
            return Page();
        }

        var after = await SnapshotAsync(session);
        await RecordChangeAsync(ev, session.Id, before, after);
        if (before is not null && (before.StartsAt != after.StartsAt || before.EndsAt != after.EndsAt || before.Room != after.Room))
        {
            await moveNotice.AddAsync(session, HttpContext.RequestAborted);
            await Db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
        outbox.SendCommitted();
        StatusMessage = found.Count > 0 ? L["Saved despite the conflicts; the reason is kept with the session."] : L["Saved."];
        return RedirectToPage(new { id, sessionId = session.Id });
    }

    public async Task<IActionResult> OnPostAddRoleAsync(int id, int sessionId)
    {
        KeepValidationOf(nameof(NewRole), NewRole);
        var ev = CurrentEvent.Event;
        var session = await Db.Sessions.Include(s => s.Roles).SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == id);
        if (session is null)
        {
            return NotFound();
        }

        if (NewRole.ParticipantId is { } pid && !await Db.Participants.AnyAsync(p => p.Id == pid && p.EventId == id))
        {
            ModelState.AddModelError("NewRole.ParticipantId", L["Unknown participant."]);
        }

        var guest = NewRole.ParticipantId is null && !string.IsNullOrWhiteSpace(NewRole.GuestName)
            ? new PersonLink(NewRole.GuestName, NewRole.GuestPosition, NewRole.GuestAffiliation, NewRole.GuestCountry)
            : null;
        if (NewRole.ParticipantId is null && guest is null)
        {
            ModelState.AddModelError("NewRole.ParticipantId", L["Choose a registered participant, or name a person who has not registered."]);
        }
        else if (guest is not null)
        {
            try
            {
                session.AssignGuest(guest, NewRole.Role);
            }
            catch (DomainException error)
            {
                ModelState.AddModelError("NewRole." + (error.Field ?? "GuestName"), L[error.Message]);
            }
        }

        if (guest is not null && ModelState.IsValid)
        {
            await Db.SaveChangesAsync();
            StatusMessage = L["The person was added by name; link them to their registration once they register."];
            return RedirectToPage(new { id, sessionId });
        }

        if (ModelState.IsValid && guest is null && session.Roles.Any(r => r.ParticipantId == NewRole.ParticipantId && r.Role == NewRole.Role))
        {
            ModelState.AddModelError("NewRole.ParticipantId", L["This person already has that role in the session."]);
        }

        if (ModelState.IsValid && guest is null)
        {
            var data = await ProgrammeData.LoadAsync(Db, id);
            var found = ProgrammeConflicts.Find(
                new ProposedSession(session.Id, session.StartsAt, session.EndsAt, null, null, [NewRole.ParticipantId!.Value]),
                (DateTime.MinValue, DateTime.MaxValue), data.Bookings, data.Rooms, data.People);
            if (found.Count > 0 && !NewRole.OverrideConflicts)
            {
                RoleConflicts = found.Select(Describe).ToList();
                ModelState.AddModelError("NewRole.ParticipantId", L["This person is busy at that time. Tick “Assign despite the conflict” to assign anyway."]);
            }
            else if (found.Count > 0 && string.IsNullOrWhiteSpace(NewRole.OverrideReason))
            {
                RoleConflicts = found.Select(Describe).ToList();
                ModelState.AddModelError("NewRole.OverrideReason", L["Give a reason for saving despite the conflicts."]);
            }
            else if (found.Count > 0)
            {
                // Kept with the session, beside any earlier override, so the next organizer sees it was deliberate.
                session.AcceptConflicts(string.Join(" · ", new[] { session.ConflictOverrideReason, $"{data.People.GetValueOrDefault(NewRole.ParticipantId!.Value)}: {NewRole.OverrideReason}" }.Where(r => !string.IsNullOrWhiteSpace(r))));
            }
        }

        if (!ModelState.IsValid)
        {
            Input = SessionInput.From(session, ev.Zone);
            await LoadAsync(ev, sessionId);
            return Page();
        }

        session.Assign(NewRole.ParticipantId!.Value, NewRole.Role);
        session.SortByProtocol(await ProgrammeData.ProtocolAsync(Db, session.ParticipantIds));
        await Db.SaveChangesAsync();
        StatusMessage = L["The person was assigned; speaking order follows protocol order until you change it."];
        return RedirectToPage(new { id, sessionId });
    }

    public Task<IActionResult> OnPostMoveRoleAsync(int id, int sessionId, int roleId, int direction) =>
        ChangeRolesAsync(id, sessionId, s => s.MoveRole(s.Role(roleId), direction), "The order was changed.");

    public Task<IActionResult> OnPostRemoveRoleAsync(int id, int sessionId, int roleId) =>
        ChangeRolesAsync(id, sessionId, s => s.Unassign(s.Role(roleId)), "The person was removed from the session.");

    /// <summary>A person named on the programme registered: the role becomes theirs, and the agenda keeps the name as printed.</summary>
    public async Task<IActionResult> OnPostLinkRoleAsync(int id, int sessionId, int roleId, int? participantId)
    {
        if (participantId is not { } pid || !await Db.Participants.AnyAsync(p => p.Id == pid && p.EventId == id))
        {
            StatusMessage = L["Choose the person’s registration."];
            return RedirectToPage(new { id, sessionId });
        }

        return await ChangeRolesAsync(id, sessionId, s => s.Link(s.Role(roleId), pid), "Linked to the registration; the programme still names the person as before.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int sessionId)
    {
        var ev = CurrentEvent.Event;
        var session = await Db.Sessions.Include(s => s.Roles).SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == id);
        if (session is null)
        {
            return NotFound();
        }

        if (await Db.SessionOutcomes.AnyAsync(o => o.SessionId == sessionId) || await Db.Attendances.AnyAsync(a => a.SessionId == sessionId))
        {
            StatusMessage = L["The session has rapporteur notes or attendance; it cannot be deleted."];
            return RedirectToPage(new { id, sessionId });
        }

        var before = await SnapshotAsync(session);
        Db.Sessions.Remove(session);
        await RecordChangeAsync(ev, sessionId, before, null);
        await Db.SaveChangesAsync();
        StatusMessage = L["The session was deleted."];
        return RedirectToPage("/Organize/Events/Programme", new { id });
    }

    private async Task<IActionResult> ChangeRolesAsync(int id, int sessionId, Action<Session> change, string done)
    {
        var session = await Db.Sessions.Include(s => s.Roles).SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == id);
        if (session is null)
        {
            return NotFound();
        }

        try
        {
            change(session);
            await Db.SaveChangesAsync();
            StatusMessage = L[done];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id, sessionId });
    }

    private string Describe(Conflict conflict) => conflict.Kind switch
    {
        ConflictKind.OutsideEvent => L["The session is outside the event's dates."],
        ConflictKind.RoomDoubleBooked => L["The room is already booked at that time for: {0}.", conflict.Subject],
        ConflictKind.PersonDoubleBooked => L["Double-booked: {0}.", conflict.Subject],
        ConflictKind.RoomTooSmall => L["The expected audience is larger than the room: {0}.", conflict.Subject],
        _ => L["A session must end after it starts."],
    };

    private async Task<SessionSnapshot> SnapshotAsync(Session session)
    {
        var room = session.RoomId is null ? null : await Db.Rooms.AsNoTracking().Where(r => r.Id == session.RoomId).Select(r => new { r.Name, r.LocalName }).SingleOrDefaultAsync();
        return new SessionSnapshot(session.Title, session.LocalTitle, session.StartsAt, session.EndsAt, room?.Name, room?.LocalName);
    }

    /// <summary>After publication every change is listed publicly, so a printed copy can be checked against it (callers commit it with the change).</summary>
    private async Task RecordChangeAsync(Event ev, int sessionId, SessionSnapshot? before, SessionSnapshot? after)
    {
        if (ev.ProgrammeStatus != ProgrammeStatus.Published)
        {
            return;
        }

        if (ProgrammeChangelog.Describe(ev.Id, sessionId, before, after, ev.Zone, clock.GetUtcNow().UtcDateTime) is { } change)
        {
            Db.ProgrammeChanges.Add(change);
            await Db.SaveChangesAsync();
        }
    }

    private async Task LoadAsync(Event ev, int? sessionId)
    {
        SessionId = sessionId;
        var culture = CultureInfo.CurrentUICulture;
        Days = Enumerable.Range(0, ev.EndDate.DayNumber - ev.StartDate.DayNumber + 1).Select(ev.StartDate.AddDays).ToList();
        ZoneDescription = EventTimeZone.Describe(ev.Zone, ev.UtcSpan().StartsAtUtc.AddHours(12), System.Globalization.CultureInfo.CurrentUICulture);
        var rooms = await Db.Rooms.AsNoTracking().Where(r => r.EventId == ev.Id).OrderBy(r => r.Name).ToListAsync();
        Rooms = rooms.Select(r => new Option(r.Id, $"{Display.Pick(r.Name, r.LocalName, culture)} ({r.Capacity})")).ToList();
        var people = await Db.Participants.AsNoTracking()
            .Where(p => p.EventId == ev.Id && p.Status != ParticipantStatus.Cancelled && p.Status != ParticipantStatus.Declined)
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new { p.Id, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName, p.Nationality })
            .ToListAsync();
        Participants = people.Select(p => new Option(p.Id, $"{Display.PersonName(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName)} ({p.Nationality})")).ToList();
        if (sessionId is not null)
        {
            var names = people.ToDictionary(p => p.Id, p => Display.PersonName(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName));
            Roles = (await Db.SessionRoles.AsNoTracking().Where(r => r.SessionId == sessionId).ToListAsync())
                .OrderBy(r => r.Role).ThenBy(r => r.Order)
                .Select(r => new RoleRow(r.Id, r.ParticipantId, r.Role, r.Order, Display.RoleHolder(r, names),
                    r.GuestName is null ? null : string.Join(", ", new[] { r.GuestPosition, r.GuestAffiliation, r.GuestCountry is null ? null : Countries.Name(r.GuestCountry, Display.IsChinese(culture)) }.Where(x => !string.IsNullOrWhiteSpace(x)))))
                .ToList();
        }
    }
}
