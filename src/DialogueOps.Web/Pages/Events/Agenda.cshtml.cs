using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DialogueOps.Web.Features.Agenda;

namespace DialogueOps.Web.Pages.Events;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicProgrammeCache.Policy)]
public class AgendaModel(DialogueOpsDbContext db, IAuthorizationService authorization, UserManager<ApplicationUser> users,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> localizer) : PageModel
{
    /// <summary>Zones a delegate of a China–ASEAN dialogue is likely to live in, for the "my time zone" toggle.</summary>
    public static IReadOnlyList<string> ViewerZones => EventTimeZone.Choices;

    public AgendaData Agenda { get; private set; } = null!;
    public bool Preview { get; private set; }
    public TimeZoneInfo? ViewerZone { get; private set; }
    public string? ViewerZoneId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? tz)
    {
        var agenda = await AgendaData.LoadAsync(db, slug);
        if (agenda is null)
        {
            return NotFound();
        }

        var (visible, preview) = await AgendaAccess.CheckAsync(agenda, User, authorization);
        if (!visible && agenda.Status is Domain.Events.EventStatus.Draft or Domain.Events.EventStatus.Archived)
        {
            return NotFound();
        }

        Agenda = visible ? agenda : agenda with { Sessions = [], Changes = [] };
        Preview = preview;
        ViewerZoneId = tz ?? (User.Identity?.IsAuthenticated == true ? (await users.GetUserAsync(User))?.TimeZoneId : null);
        if (EventTimeZone.TryFind(ViewerZoneId, out var zone) && zone.Id != agenda.Zone.Id)
        {
            ViewerZone = zone;
        }
        else
        {
            ViewerZoneId = null;
        }

        return Page();
    }

    public string Local(DateTime utc, TimeZoneInfo zone) => EventTimeZone.ToLocal(utc, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// "22:30–00:30 (+1 day)"; in another zone whose date differs from the agenda day, the date comes first
    /// ("7 Jul 23:00–00:00"): a time alone would put the session on the wrong evening.
    /// </summary>
    public string Span(DateTime startUtc, DateTime endUtc, TimeZoneInfo zone, DateOnly day)
    {
        var culture = CultureInfo.CurrentUICulture;
        var start = EventTimeZone.ToLocal(startUtc, zone);
        var end = EventTimeZone.ToLocal(endUtc, zone);
        var date = DateOnly.FromDateTime(start) == day ? "" : start.ToString(Infrastructure.Display.IsChinese(culture) ? "M" : "d MMM", culture) + " ";
        var nextDay = end.Date > start.Date ? $" {localizer["(+{0} day)", (end.Date - start.Date).Days]}" : "";
        return $"{date}{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}{nextDay}";
    }

    public string DayHeading(DateOnly day) => day.ToString("D", CultureInfo.CurrentUICulture);

    public bool Chinese => Display.IsChinese(CultureInfo.CurrentUICulture);
}
