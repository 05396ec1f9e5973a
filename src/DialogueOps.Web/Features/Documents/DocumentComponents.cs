using System.Globalization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Pdf;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.Documents;

/// <summary>
/// The footer of every printed list: when it was printed, in the event's zone with its offset (a printout is read in
/// another country), in both languages, an optional note ("confidential"), and "Page X of Y".
/// </summary>
public sealed class PrintedFooter(DateTime printedAtUtc, TimeZoneInfo zone, string? note = null) : IComponent
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public void Compose(IContainer container) => container.PaddingTop(DocumentTheme.Space.Item).Row(row =>
    {
        var printed = $"{EventTimeZone.ToLocal(printedAtUtc, zone).ToString("d MMM yyyy HH:mm", English)} ({EventTimeZone.OffsetLabel(zone, printedAtUtc)})";
        row.RelativeItem().Text($"Printed {Bilingual.Zh("Printed")} {printed}{(note is null ? "" : $" · {note}")}",
            s => s.FontSize(DocumentTheme.Size.Fine).FontColor(DocumentTheme.Muted));
        row.AutoItem().Text(text =>
        {
            text.DefaultStyle(s => s.FontSize(DocumentTheme.Size.Fine).FontColor(DocumentTheme.Muted));
            text.Span("Page ");
            text.CurrentPageNumber();
            text.Span(" of ");
            text.TotalPages();
        });
    });
}

/// <summary>A table header cell: its label white on the dialogue's blue (a second language on its own line, not bold), on every page the table spans.</summary>
public sealed class HeaderCell(string label, float size = DocumentTheme.Size.Small, string? secondLine = null) : IComponent
{
    public void Compose(IContainer container) =>
        container.Background(DocumentTheme.Primary).Padding(DocumentTheme.Space.Item).Text(text =>
        {
            text.Span(label, s => s.Bold().FontColor(DocumentTheme.White).FontSize(size));
            if (secondLine is not null)
            {
                text.Span($"\n{secondLine}", s => s.FontColor(DocumentTheme.White).FontSize(size - 0.5f));
            }
        });
}

/// <summary>
/// The co-hosts' names side by side (the first on the left, the second on the right; partners are not named), each in
/// Latin script with the local name beneath: the head of the agenda and the cover of the outcome summary.
/// </summary>
public sealed class CoHostLetterhead(IReadOnlyList<(string Name, string? LocalName, HostRole Role)> hosts, float nameSize = DocumentTheme.Size.Small + 0.5f) : IComponent
{
    public void Compose(IContainer container) => container.Row(row =>
    {
        foreach (var (host, index) in hosts.Where(h => h.Role != HostRole.Partner).Take(2).Select((h, i) => (h, i)))
        {
            if (index > 0)
            {
                row.ConstantItem(16);
            }

            row.RelativeItem().Column(column =>
            {
                // The second host's lines are set flush right, so a long name that wraps still reads from the page's edge.
                var name = column.Item().Text(host.Name, s => s.Bold().FontSize(nameSize));
                var local = host.LocalName is null ? null : column.Item().Text(host.LocalName, s => s.FontSize(nameSize - 0.5f).FontColor(DocumentTheme.Secondary));
                if (index > 0)
                {
                    name.AlignRight();
                    local?.AlignRight();
                }
            });
        }
    });
}

/// <summary>Style helpers shared by the documents.</summary>
public static class DocumentText
{
    /// <summary>"Arrival 抵达: value": a field label in both languages, muted, then its value; on a new line unless it is the first.</summary>
    public static TextDescriptor LabelPair(this TextDescriptor text, string englishLabel, string value, bool newLine = true)
    {
        text.Span($"{(newLine ? "\n" : "")}{Bilingual.Both(englishLabel)}: ", s => s.FontColor(DocumentTheme.Secondary));
        text.Span(value);
        return text;
    }
}
