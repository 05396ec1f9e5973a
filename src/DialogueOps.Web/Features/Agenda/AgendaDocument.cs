using System.Globalization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Programme;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.Agenda;

/// <summary>
/// The printed agenda: A4, English with Chinese beneath, both hosts in the header, a table per day whose header
/// repeats on every page, the zone printed, "Page X of Y". Labels are bilingual on purpose: one printout serves
/// every delegation, whatever the printing clerk's UI language.
/// </summary>
public sealed class AgendaDocument(AgendaData agenda, DateTime printedAtUtc) : IDocument
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public DocumentMetadata GetMetadata() => new()
    {
        Title = $"{agenda.Title} — Agenda",
        Author = string.Join(" · ", agenda.Hosts.Select(h => h.Name)),
        Subject = $"Agenda / {Bilingual.Zh("Agenda")} · {agenda.City}",
        CreationDate = printedAtUtc,
    };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(48, 36, 48, 36);
        page.DefaultTextStyle(s => s.FontSize(9.5f));
        page.Header().Element(ComposeHeader);
        page.Content().PaddingTop(10).Element(ComposeContent);
        page.Footer().Element(ComposeFooter);
    });

    private void ComposeHeader(IContainer container) =>
        container.BorderBottom(0.75f, DocumentTheme.Rule).PaddingBottom(6).Component(new CoHostLetterhead(agenda.Hosts));

    private void ComposeContent(IContainer container) => container.Column(column =>
    {
        column.Spacing(6);
        column.Item().Text(agenda.Title, s => s.FontSize(17).Bold().FontColor(DocumentTheme.Primary));
        if (agenda.LocalTitle is not null)
        {
            column.Item().Text(agenda.LocalTitle, s => s.FontSize(14).Bold().FontColor(DocumentTheme.Primary));
        }

        column.Item().Text(text =>
        {
            text.Span($"{string.Join(", ", new[] { agenda.Venue, agenda.City }.Where(v => v is not null))} · ");
            text.Span($"{DateRange(English)} · {DateRange(Chinese)}");
        });
        column.Item().Background(DocumentTheme.Tint).Padding(6).Text(text =>
        {
            text.Span($"All times {agenda.ZoneDescription}", s => s.Bold());
            text.Span($"  ·  {Bilingual.Zh("All times {0}", agenda.ZoneDescriptionChinese)}");
        });

        if (agenda.Changes.Count > 0)
        {
            column.Item().Border(0.75f, Colors.Grey300).Padding(6).Column(changes =>
            {
                changes.Item().Text(Bilingual.Both("Changes since publication", " / "), s => s.Bold());
                foreach (var change in agenda.Changes)
                {
                    var at = EventTimeZone.ToLocal(change.AtUtc, agenda.Zone);
                    changes.Item().Text($"{at.ToString("d MMM HH:mm", English)} — {change.Text} / {change.LocalText}", s => s.FontSize(8.5f));
                }
            });
        }

        foreach (var day in agenda.Days)
        {
            var sessions = agenda.On(day).ToList();
            if (sessions.Count == 0)
            {
                continue;
            }

            column.Item().PaddingTop(8).ShowEntire().Column(heading =>
            {
                heading.Item().Text(day.ToString("dddd, d MMMM yyyy", English), s => s.FontSize(12.5f).Bold().FontColor(DocumentTheme.Primary));
                heading.Item().Text(day.ToString("D", Chinese), s => s.FontSize(10.5f).FontColor(DocumentTheme.Primary));
            });
            column.Item().Table(table => ComposeDay(table, sessions));
        }
    });

    private void ComposeDay(TableDescriptor table, List<AgendaSession> sessions)
    {
        table.ColumnsDefinition(columns =>
        {
            columns.ConstantColumn(62);
            columns.RelativeColumn(5);
            columns.RelativeColumn(2);
            columns.RelativeColumn(4);
        });
        table.Header(header =>
        {
            foreach (var (en, zh) in new[] { "Time", "Session", "Venue", "Chair and speakers" }.Select(l => (l, Bilingual.Zh(l))))
            {
                header.Cell().Component(new HeaderCell(en, 8.5f, zh));
            }
        });

        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            var shaded = session.Kind is SessionKind.Break or SessionKind.Meal;
            var fill = shaded ? DocumentTheme.Wash : DocumentTheme.White;
            IContainer Cell() => table.Cell().Background(fill).BorderBottom(0.5f, Colors.Grey300).Padding(4);

            Cell().Text(text =>
            {
                text.Span($"{Time(session.StartsAtUtc)}–{Time(session.EndsAtUtc)}", s => s.Bold());
                var days = (EventTimeZone.ToLocal(session.EndsAtUtc, agenda.Zone).Date - EventTimeZone.ToLocal(session.StartsAtUtc, agenda.Zone).Date).Days;
                if (days > 0)
                {
                    // The page's marker too: a session ending after midnight ends on the next day.
                    text.Span($"\n(+{days} day) {Bilingual.Zh("(+{0} day)", days)}", s => s.FontSize(7.5f).FontColor(DocumentTheme.Muted));
                }
            });
            Cell().Text(text =>
            {
                text.Span(session.Title, s => s.Bold(!shaded));
                if (session.LocalTitle is not null)
                {
                    text.Span($"\n{session.LocalTitle}", s => s.FontColor(DocumentTheme.Ink));
                }

                if (session.Description is { Length: > 0 } description)
                {
                    text.Span($"\n{description}", s => s.FontSize(8).FontColor(DocumentTheme.Ink));
                }

                foreach (var visit in agenda.VisitsDuring(session))
                {
                    text.Span($"\n• {visit.Host}{(visit.LocalHost is null ? "" : $" {visit.LocalHost}")}", s => s.FontSize(8).Bold());
                    text.Span($" · {Time(visit.StartsAtUtc)}–{Time(visit.EndsAtUtc)}", s => s.FontSize(8));
                }

                var interpretation = session.Interpretation && !shaded ? $" · interpretation / {Bilingual.Zh("Interpretation")}" : "";
                text.Span($"\n{KindLabel(session.Kind)}{interpretation}", s => s.FontSize(7.5f).FontColor(DocumentTheme.Muted));
            });
            Cell().Text(text =>
            {
                text.Span(session.Room ?? "");
                if (session.LocalRoom is not null)
                {
                    text.Span($"\n{session.LocalRoom}", s => s.FontColor(DocumentTheme.Secondary));
                }
            });
            Cell().Text(text =>
            {
                var first = true;
                foreach (var group in session.People.GroupBy(p => p.Role))
                {
                    text.Span($"{(first ? "" : "\n")}{RoleLabel(group.Key)}: ", s => s.FontColor(DocumentTheme.Muted).FontSize(8));
                    text.Span(string.Join("; ", group.OrderBy(p => p.Order).Select(p => p.Name)), s => s.FontSize(8.5f));
                    first = false;
                }
            });
        }
    }

    private void ComposeFooter(IContainer container) => container.Component(new PrintedFooter(printedAtUtc, agenda.Zone));

    private string Time(DateTime utc) => EventTimeZone.ToLocal(utc, agenda.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private string DateRange(CultureInfo culture) => Infrastructure.Display.DateRange(agenda.StartDate, agenda.EndDate, culture);

    private static string KindLabel(SessionKind kind) => kind switch
    {
        SessionKind.Opening => Bilingual.Both("Opening"),
        SessionKind.Keynote => Bilingual.Both("Keynote"),
        SessionKind.Roundtable => Bilingual.Both("Roundtable"),
        SessionKind.Panel => Bilingual.Both("Panel"),
        SessionKind.Presentation => Bilingual.Both("Presentation"),
        SessionKind.Break => Bilingual.Both("Break"),
        SessionKind.Meal => Bilingual.Both("Meal"),
        SessionKind.SiteVisit => Bilingual.Both("Site visit"),
        _ => Bilingual.Both("Closing"),
    };

    private static string RoleLabel(SessionRoleKind role) => role switch
    {
        SessionRoleKind.Chair => Bilingual.Both("Chair"),
        SessionRoleKind.Moderator => Bilingual.Both("Moderator"),
        SessionRoleKind.Speaker => Bilingual.Both("Speakers"),
        SessionRoleKind.Discussant => Bilingual.Both("Discussant"),
        _ => Bilingual.Both("Rapporteur"),
    };
}
