using System.Text;
using DialogueOps.Data;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DialogueOps.Web.Features.Agenda;

namespace DialogueOps.Web.Pages.Events;

/// <summary>
/// RFC 5545 calendar of the published programme. Times are written in UTC (no VTIMEZONE needed, no client guessing);
/// UIDs are stable per session, so importing again updates the entries instead of duplicating them.
/// </summary>
public class AgendaCalendarModel(DialogueOpsDbContext db, IAuthorizationService authorization) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var agenda = await AgendaData.LoadAsync(db, slug);
        if (agenda is null || !(await AgendaAccess.CheckAsync(agenda, User, authorization)).Visible)
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(Build(agenda, Request.Host.Host)), "text/calendar; charset=utf-8", $"{slug}-agenda.ics");
    }

    public static string Build(AgendaData agenda, string host)
    {
        var calendar = new Calendar { ProductId = "-//DialogueOps//Agenda//EN" };
        calendar.AddProperty("X-WR-CALNAME", agenda.Title);
        calendar.AddProperty("X-WR-TIMEZONE", agenda.Zone.Id);
        foreach (var session in agenda.Sessions)
        {
            var people = string.Join("\n", session.People.GroupBy(p => p.Role)
                .Select(g => $"{g.Key}: {string.Join("; ", g.OrderBy(p => p.Order).Select(p => p.Name))}"));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"session-{session.Id}@{agenda.Slug}.dialogueops",
                Summary = session.LocalTitle is null ? session.Title : $"{session.Title} / {session.LocalTitle}",
                Location = session.Room is null ? agenda.Venue : $"{session.Room}, {agenda.Venue}",
                Description = string.Join("\n\n", new[] { session.Description, people }.Where(s => !string.IsNullOrWhiteSpace(s))),
                DtStart = new CalDateTime(DateTime.SpecifyKind(session.StartsAtUtc, DateTimeKind.Utc)),
                DtEnd = new CalDateTime(DateTime.SpecifyKind(session.EndsAtUtc, DateTimeKind.Utc)),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(agenda.PublishedAt ?? session.StartsAtUtc, DateTimeKind.Utc)),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
