using System.Globalization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Outcomes;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.Outcomes;

/// <summary>
/// The outcome summary as it goes to the next summit: a cover with both co-hosts, a linked table of contents,
/// the introduction, recommendations per theme in tables that repeat their header across pages, follow-ups,
/// participation with a bar chart by country, and the sessions' key points. Headings are bilingual; the
/// content is as the rapporteurs wrote it. A draft says so on every page.
/// </summary>
public sealed class OutcomeSummaryDocument(OutcomeReport report, DateTime printedAtUtc) : IDocument
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    private AgendaDataView Ev => new(report.Event);

    private bool IsDraft => report.Status == OutcomeSummaryStatus.Draft;

    public DocumentMetadata GetMetadata() => new()
    {
        Title = $"{report.Event.Title} — Outcome summary",
        Author = string.Join(" · ", report.Event.Hosts.Select(h => h.Name)),
        Subject = $"Outcome summary / {Bilingual.Zh("Outcome summary")}",
        Keywords = string.Join(", ", report.Themes.Select(t => t.Tag).Where(t => t.Length > 0)),
        CreationDate = printedAtUtc,
    };

    public void Compose(IDocumentContainer container)
    {
        container.Page(page =>
        {
            page.Size(PageSizes.A4);
            page.Margin(56);
            page.DefaultTextStyle(s => s.FontSize(10));
            page.Content().Element(ComposeCover);
        });
        container.Page(page =>
        {
            page.Size(PageSizes.A4);
            page.Margin(52, 40, 52, 40);
            page.DefaultTextStyle(s => s.FontSize(9.5f));
            page.Header().Element(ComposeHeader);
            page.Content().PaddingTop(10).Element(ComposeBody);
            page.Footer().Element(ComposeFooter);
        });
    }

    private void ComposeCover(IContainer container) => container.Column(column =>
    {
        column.Item().Component(new CoHostLetterhead(report.Event.Hosts, nameSize: 10));
        column.Item().PaddingTop(150).LineHorizontal(2, DocumentTheme.Primary);
        column.Item().PaddingTop(18).Text($"OUTCOME SUMMARY  ·  {Bilingual.Zh("Outcome summary")}", s => s.FontSize(12).Bold().FontColor(DocumentTheme.Primary));
        column.Item().PaddingTop(10).Text(report.Event.Title, s => s.FontSize(24).Bold());
        if (report.Event.LocalTitle is not null)
        {
            column.Item().PaddingTop(4).Text(report.Event.LocalTitle, s => s.FontSize(18).Bold().FontColor(DocumentTheme.Ink));
        }

        column.Item().PaddingTop(16).Text(string.Join(", ", new[] { report.Event.Venue, report.Event.City }.Where(v => v is not null)), s => s.FontSize(11));
        column.Item().Text($"{Ev.Dates(English)}  ·  {Ev.Dates(Chinese)}", s => s.FontSize(11));
        column.Item().PaddingTop(30).Text(IsDraft
            ? $"DRAFT — not for circulation  ·  {Bilingual.Zh("DRAFT — not for circulation")}"
            : $"Published {report.PublishedAt?.ToString("d MMMM yyyy", English)}  ·  {Bilingual.Zh("Published {0}", report.PublishedAt?.ToString("D", Chinese) ?? "")}",
            s => s.FontSize(10.5f).Bold().FontColor(IsDraft ? DocumentTheme.Alert : DocumentTheme.Secondary));
        column.Item().PaddingTop(24).Text(text =>
        {
            text.DefaultStyle(s => s.FontSize(9.5f).FontColor(DocumentTheme.Secondary));
            text.Span($"{Count(report.RecommendationCount, "recommendation")} · {Count(report.FollowUps.Count, "follow-up action")} · {Count(report.Statistics.People, "participant")} from {Count(report.Statistics.ByCountry.Count, "country", "countries")}");
            text.Span("\n" + Bilingual.Zh("{0} recommendations · {1} follow-up actions · {2} participants from {3} countries", report.RecommendationCount, report.FollowUps.Count, report.Statistics.People, report.Statistics.ByCountry.Count));
        });
    });

    private void ComposeHeader(IContainer container) => container.BorderBottom(0.75f, Colors.Grey300).PaddingBottom(5).Row(row =>
    {
        row.RelativeItem().Text($"{report.Event.Title} — Outcome summary / {Bilingual.Zh("Outcome summary")}", s => s.FontSize(8).FontColor(DocumentTheme.Secondary));
        if (IsDraft)
        {
            row.AutoItem().Text(Bilingual.Both("Draft").ToUpperInvariant(), s => s.FontSize(8).Bold().FontColor(DocumentTheme.Alert));
        }
    });

    private void ComposeFooter(IContainer container) => container.Component(new PrintedFooter(printedAtUtc, report.Event.Zone));

    private IEnumerable<(string Key, string English, string Chinese, bool Sub)> Contents()
    {
        yield return ("intro", "Introduction", Bilingual.Zh("Introduction"), false);
        yield return ("recommendations", "Recommendations by theme", Bilingual.Zh("Recommendations by theme"), false);
        foreach (var (theme, i) in report.Themes.Select((t, i) => (t, i)))
        {
            yield return ($"theme-{i}", ThemeName(theme), "", true);
        }

        yield return ("follow-ups", "Follow-up actions", Bilingual.Zh("Follow-up actions"), false);
        yield return ("participation", "Participation", Bilingual.Zh("Participation"), false);
        yield return ("sessions", "Session key points", Bilingual.Zh("Session key points"), false);
    }

    private void ComposeBody(IContainer container) => container.Column(column =>
    {
        column.Spacing(6);
        Heading(column.Item(), "Contents", null);
        foreach (var entry in Contents())
        {
            column.Item().SectionLink(entry.Key).PaddingLeft(entry.Sub ? 16 : 0).Row(row =>
            {
                row.RelativeItem().Text(entry.Chinese.Length > 0 ? $"{entry.English}  {entry.Chinese}" : entry.English,
                    s => entry.Sub ? s.FontSize(9).FontColor(DocumentTheme.Ink) : s.FontSize(10.5f).Bold());
                row.ConstantItem(40).AlignRight().Text(t => t.PageNumberOfSection(entry.Key, s => s.FontSize(entry.Sub ? 9 : 10.5f)));
            });
        }

        column.Item().PageBreak();
        Heading(column.Item(), "Introduction", "intro");
        column.Item().Text(string.IsNullOrWhiteSpace(report.Introduction) ? "(No introduction yet.)" : report.Introduction, s => s.LineHeight(1.35f));

        column.Item().PageBreak();
        Heading(column.Item(), "Recommendations by theme", "recommendations");
        if (report.Themes.Count == 0)
        {
            column.Item().Text("No recommendation has been recorded.", s => s.FontColor(DocumentTheme.Secondary));
        }

        foreach (var (theme, i) in report.Themes.Select((t, i) => (t, i)))
        {
            column.Item().Section($"theme-{i}").PaddingTop(8).ShowEntire()
                .Text($"{ThemeName(theme)}  ({theme.Recommendations.Count})", s => s.FontSize(12).Bold().FontColor(DocumentTheme.Primary));
            column.Item().Table(table => Recommendations(table, theme));
        }

        column.Item().PageBreak();
        Heading(column.Item(), "Follow-up actions", "follow-ups");
        if (report.FollowUps.Count == 0)
        {
            column.Item().Text("No follow-up action has been recorded.", s => s.FontColor(DocumentTheme.Secondary));
        }
        else
        {
            column.Item().Table(FollowUps);
        }

        column.Item().PageBreak();
        Heading(column.Item(), "Participation", "participation");
        Participation(column);

        column.Item().PageBreak();
        Heading(column.Item(), "Session key points", "sessions");
        foreach (var session in report.Sessions)
        {
            column.Item().PaddingTop(6).ShowEntire().Column(s =>
            {
                s.Item().Text(session.Title, st => st.FontSize(11).Bold());
                if (session.LocalTitle is not null)
                {
                    s.Item().Text(session.LocalTitle, st => st.FontColor(DocumentTheme.Ink));
                }

                s.Item().Text($"{EventTimeZone.ToLocal(session.StartsAtUtc, report.Event.Zone).ToString("d MMM HH:mm", English)}" +
                              (session.Rapporteur is null ? "" : $" · {Bilingual.Both("Rapporteur")}: {session.Rapporteur}"), st => st.FontSize(8.5f).FontColor(DocumentTheme.Secondary));
            });
            column.Item().Text(session.KeyPoints ?? "(No notes recorded.)", s => session.KeyPoints is null ? s.FontColor(DocumentTheme.Secondary) : s.LineHeight(1.3f));
        }
    });

    private static void Heading(IContainer container, string english, string? section)
    {
        var target = section is null ? container : container.Section(section);
        target.PaddingBottom(4).BorderBottom(1, DocumentTheme.Primary).Text(text =>
        {
            text.Span(english, s => s.FontSize(16).Bold().FontColor(DocumentTheme.Primary));
            text.Span($"  {Bilingual.Zh(english)}", s => s.FontSize(13).FontColor(DocumentTheme.Primary));
        });
    }

    private static string Count(int n, string one, string? many = null) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many ?? one + "s")}";

    private static string ThemeName(ReportTheme theme) => theme.Tag == OutcomeReport.Untagged ? Bilingual.Both("Other recommendations") : Capitalised(theme.Tag);

    private static string Capitalised(string tag) => tag.Length == 0 ? tag : char.ToUpperInvariant(tag[0]) + tag[1..];

    private static void Recommendations(TableDescriptor table, ReportTheme theme)
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(22);
            c.RelativeColumn(6);
            c.RelativeColumn(3);
            c.RelativeColumn(2.2f);
        });
        table.Header(header =>
        {
            foreach (var (en, zh) in new[] { ("#", ""), ("Recommendation", Bilingual.Zh("Recommendation")), ("Session", Bilingual.Zh("Session")), ("Proposed by", Bilingual.Zh("Proposed by")) })
            {
                header.Cell().Component(new HeaderCell(en, 8.5f, zh.Length > 0 ? zh : null));
            }
        });
        foreach (var (r, i) in theme.Recommendations.Select((r, i) => (r, i)))
        {
            var fill = i % 2 == 0 ? DocumentTheme.White : DocumentTheme.Wash;
            IContainer Cell() => table.Cell().Background(fill).BorderBottom(0.5f, Colors.Grey300).Padding(4);
            Cell().Text((i + 1).ToString(CultureInfo.InvariantCulture), s => s.FontColor(DocumentTheme.Secondary));
            Cell().Text(r.Text);
            Cell().Text(r.LocalSession is null ? r.Session : $"{r.Session}\n{r.LocalSession}", s => s.FontSize(8.5f));
            Cell().Text(r.DelegationCode is null ? "—" : $"{Countries.Name(r.DelegationCode, false)}\n{Countries.Name(r.DelegationCode, true)}", s => s.FontSize(8.5f));
        }
    }

    private void FollowUps(TableDescriptor table)
    {
        table.ColumnsDefinition(c =>
        {
            c.RelativeColumn(5);
            c.RelativeColumn(2);
            c.RelativeColumn(2);
            c.RelativeColumn(3);
        });
        table.Header(header =>
        {
            foreach (var label in new[] { "Follow-up action", "Owner", "Due date", "Session" }.Select(l => Bilingual.Both(l)))
            {
                header.Cell().Component(new HeaderCell(label, 8.5f));
            }
        });
        foreach (var (f, i) in report.FollowUps.Select((f, i) => (f, i)))
        {
            var fill = i % 2 == 0 ? DocumentTheme.White : DocumentTheme.Wash;
            IContainer Cell() => table.Cell().Background(fill).BorderBottom(0.5f, Colors.Grey300).Padding(4);
            Cell().Text(f.Action);
            Cell().Text(f.Owner ?? "—");
            Cell().Text(f.Due?.ToString("d MMM yyyy", English) ?? "—");
            Cell().Text(f.Session, s => s.FontSize(8.5f));
        }
    }

    private void Participation(ColumnDescriptor column)
    {
        var stats = report.Statistics;
        column.Item().Text(stats.FromCheckIns
            ? $"{Count(stats.People, "participant")} checked in at least once, from {Count(stats.ByCountry.Count, "country", "countries")} and {Count(stats.Institutions.Count, "institution")}. {Bilingual.Zh("{0} people checked in at least once.", stats.People)}"
            : $"No check-in has been recorded yet: these are the {Count(stats.People, "confirmed participant")}. {Bilingual.Zh("No check-in yet: {0} confirmed participants.", stats.People)}");

        column.Item().PaddingTop(6).Text(Bilingual.Both("Participants by country", "  "), s => s.FontSize(11).Bold());
        var max = Math.Max(1, stats.ByCountry.Select(c => c.Count).DefaultIfEmpty(0).Max());
        column.Item().ShowEntire().Column(chart =>
        {
            chart.Spacing(3);
            foreach (var (code, count) in stats.ByCountry)
            {
                chart.Item().Height(14).Row(row =>
                {
                    row.ConstantItem(130).AlignRight().PaddingRight(6).Text($"{Countries.Name(code, false)} {Countries.Name(code, true)}", s => s.FontSize(8.5f));
                    row.RelativeItem().Row(bar =>
                    {
                        var share = (float)count / max;
                        bar.RelativeItem(Math.Max(share, 0.001f)).Background(DocumentTheme.Primary);
                        bar.ConstantItem(28).PaddingLeft(4).Text(count.ToString(CultureInfo.InvariantCulture), s => s.FontSize(8.5f).Bold());
                        if (share < 1)
                        {
                            bar.RelativeItem(1 - share);
                        }
                    });
                });
            }
        });

        column.Item().PaddingTop(10).Text(Bilingual.Both("Participants by category", "  "), s => s.FontSize(11).Bold());
        column.Item().Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.RelativeColumn(3);
                c.RelativeColumn(1);
            });
            table.Header(h =>
            {
                h.Cell().Component(new HeaderCell(Bilingual.Both("Category"), 8.5f));
                h.Cell().Background(DocumentTheme.Primary).Padding(4).AlignRight().Text(Bilingual.Both("People"), s => s.Bold().FontColor(DocumentTheme.White).FontSize(8.5f));
            });
            foreach (var (category, count) in stats.ByCategory)
            {
                table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(CategoryLabel(category));
                table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(4).AlignRight().Text(count.ToString(CultureInfo.InvariantCulture));
            }
        });

        if (stats.ByDay.Count > 0)
        {
            column.Item().PaddingTop(10).Text(Bilingual.Both("Check-ins by day", "  "), s => s.FontSize(11).Bold());
            foreach (var (day, count) in stats.ByDay)
            {
                column.Item().Text($"{day.ToString("dddd d MMMM", English)} · {day.ToString("M", Chinese)}: {count}");
            }
        }

        column.Item().PaddingTop(10).Text($"{Bilingual.Both("Institutions represented", "  ")} ({stats.Institutions.Count})", s => s.FontSize(11).Bold());
        column.Item().Text(stats.Institutions.Count == 0 ? "—" : string.Join(" · ", stats.Institutions), s => s.FontSize(8.5f).LineHeight(1.35f));
    }

    public static string CategoryLabel(ParticipantCategory category) => category switch
    {
        ParticipantCategory.Official => Bilingual.Both("Official"),
        ParticipantCategory.Expert => Bilingual.Both("Expert"),
        ParticipantCategory.Speaker => Bilingual.Both("Speaker"),
        ParticipantCategory.Observer => Bilingual.Both("Observer"),
        ParticipantCategory.Media => Bilingual.Both("Media"),
        _ => Bilingual.Both("Staff"),
    };

    private readonly record struct AgendaDataView(Agenda.AgendaData Agenda)
    {
        public string Dates(CultureInfo culture) => Infrastructure.Display.DateRange(Agenda.StartDate, Agenda.EndDate, culture);
    }
}
