using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

/// <summary>The event's site visits for organizers: the list, and one form to create or edit a visit (times in the event's zone).</summary>
public class SiteVisitsModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed record Row(int Id, string Title, string Host, string When, int Confirmed, int Capacity, bool PassportRequired);

    public sealed class VisitInput
    {
        public int? VisitId { get; set; }

        public Guid Version { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Host organization")]
        public int? HostOrganizationId { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Title (English)")]
        public string Title { get; set; } = "";

        [Display(Name = "Title (local language)")]
        public string? LocalTitle { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Starts")]
        public DateTime? StartsAt { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Ends")]
        public DateTime? EndsAt { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Capacity")]
        public int? Capacity { get; set; }

        [Display(Name = "Meeting point")]
        public string? MeetingPoint { get; set; }

        [Display(Name = "Transport")]
        public string? Transport { get; set; }

        [Display(Name = "Vehicles (one per line: name, seats)")]
        public string? Vehicles { get; set; }

        [Display(Name = "Security-data deadline (sign-up closes)")]
        public DateTime? SecurityDataDeadline { get; set; }

        [Display(Name = "Rules visitors must accept")]
        public string? Rules { get; set; }

        [Display(Name = "The host requires passport details")]
        public bool PassportRequired { get; set; }

        [Display(Name = "Host contact email (receives the manifest)")]
        public string? HostContactEmail { get; set; }
    }

    [BindProperty]
    public VisitInput Input { get; set; } = new();

    public IReadOnlyList<Row> Visits { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Organizations { get; private set; } = [];
    public string ZoneDescription { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int? edit)
    {
        var ev = CurrentEvent.Event;
        if (edit is not null)
        {
            var visit = await Db.SiteVisits.AsNoTracking().SingleOrDefaultAsync(v => v.Id == edit && v.EventId == id);
            if (visit is null)
            {
                return NotFound();
            }

            Input = new VisitInput
            {
                VisitId = visit.Id, Version = visit.Version, HostOrganizationId = visit.HostOrganizationId, Title = visit.Title, LocalTitle = visit.LocalTitle,
                StartsAt = EventTimeZone.ToLocal(visit.StartsAt, ev.Zone), EndsAt = EventTimeZone.ToLocal(visit.EndsAt, ev.Zone), Capacity = visit.Capacity,
                MeetingPoint = visit.MeetingPoint, Transport = visit.Transport,
                Vehicles = string.Join("\n", visit.Vehicles.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Name}, {v.Seats}"))),
                SecurityDataDeadline = visit.SecurityDataDeadline is { } d ? EventTimeZone.ToLocal(d, ev.Zone) : null,
                Rules = visit.Rules, PassportRequired = visit.PassportRequired, HostContactEmail = visit.HostContactEmail,
            };
        }
        else
        {
            var morning = ev.StartDate.AddDays(Math.Min(1, ev.EndDate.DayNumber - ev.StartDate.DayNumber)).ToDateTime(new TimeOnly(9, 0));
            Input = new VisitInput { StartsAt = morning, EndsAt = morning.AddHours(3), Capacity = 20, SecurityDataDeadline = morning.AddDays(-5), PassportRequired = true };
        }

        await LoadAsync(ev);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var ev = CurrentEvent.Event;
        var vehicles = ParseVehicles(Input.Vehicles);
        if (vehicles is null)
        {
            ModelState.AddModelError("Input.Vehicles", L["Write one vehicle per line as “name, seats”, with 1 to 100 seats."]);
        }

        if (ModelState.IsValid)
        {
            var details = new SiteVisitDetails(Input.HostOrganizationId ?? 0, Input.Title ?? "", Input.LocalTitle,
                EventTimeZone.ToUtc(Input.StartsAt!.Value, ev.Zone), EventTimeZone.ToUtc(Input.EndsAt!.Value, ev.Zone), Input.Capacity ?? 0,
                Input.MeetingPoint, Input.Transport, vehicles!,
                Input.SecurityDataDeadline is { } deadline ? EventTimeZone.ToUtc(deadline, ev.Zone) : null,
                Input.Rules, Input.PassportRequired, Input.HostContactEmail);
            foreach (var (field, message) in SiteVisit.Validate(details).All)
            {
                ModelState.AddModelError($"Input.{(field.EndsWith("Utc", StringComparison.Ordinal) ? field[..^3] : field)}", L[message]);
            }

            if (ModelState.IsValid)
            {
                try
                {
                    if (Input.VisitId is { } visitId)
                    {
                        var visit = await Db.SiteVisits.SingleOrDefaultAsync(v => v.Id == visitId && v.EventId == id);
                        if (visit is null)
                        {
                            return NotFound();
                        }

                        Db.Entry(visit).Property(v => v.Version).OriginalValue = Input.Version;
                        visit.Apply(details);
                    }
                    else
                    {
                        Db.SiteVisits.Add(SiteVisit.Create(id, details));
                    }

                    await Db.SaveChangesAsync();
                    StatusMessage = L["Saved."];
                    return RedirectToPage(new { id });
                }
                catch (DomainException error)
                {
                    AddRuleError(error);
                }
                catch (DbUpdateConcurrencyException)
                {
                    ModelState.AddModelError("", L["Someone else changed this visit meanwhile (perhaps a sign-up took a seat). Reload and try again."]);
                }
            }
        }

        await LoadAsync(ev);
        return Page();
    }

    /// <summary>"Coach A, 45" per line; null when a line cannot be read.</summary>
    internal static IReadOnlyList<Vehicle>? ParseVehicles(string? text)
    {
        var vehicles = new List<Vehicle>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var comma = line.LastIndexOf(',');
            if (comma <= 0 || !int.TryParse(line[(comma + 1)..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seats))
            {
                return null;
            }

            vehicles.Add(new Vehicle(line[..comma].Trim(), seats));
        }

        return vehicles;
    }

    private async Task LoadAsync(Event ev)
    {
        var culture = CultureInfo.CurrentUICulture;
        ZoneDescription = EventTimeZone.Describe(ev.Zone, ev.UtcSpan().StartsAtUtc, culture);
        Organizations = (await Db.Organizations.AsNoTracking().OrderBy(o => o.Kind != OrganizationKind.Company).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.LocalName }).ToListAsync()).Select(o => (o.Id, Display.Pick(o.Name, o.LocalName, culture))).ToList();
        var visits = await (from v in Db.SiteVisits.AsNoTracking()
                            join o in Db.Organizations.AsNoTracking() on v.HostOrganizationId equals o.Id
                            where v.EventId == ev.Id
                            orderby v.StartsAt, v.Title
                            select new { v.Id, v.Title, v.LocalTitle, o.Name, o.LocalName, v.StartsAt, v.Confirmed, v.Capacity, v.PassportRequired }).ToListAsync();
        Visits = visits.Select(v => new Row(v.Id, Display.Pick(v.Title, v.LocalTitle, culture), Display.Pick(v.Name, v.LocalName, culture),
            EventTimeZone.FormatInstant(v.StartsAt, ev.Zone, culture), v.Confirmed, v.Capacity, v.PassportRequired)).ToList();
    }
}
