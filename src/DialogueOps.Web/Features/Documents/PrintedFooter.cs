using System.Globalization;
using DialogueOps.Domain.Common;
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

/// <summary>A section heading in both languages ("Programme · 议程"), kept with what follows it.</summary>
public sealed class SectionHeading(string english, string? count = null) : IComponent
{
    public void Compose(IContainer container) =>
        container.PaddingTop(DocumentTheme.Space.Section).Text($"{Bilingual.Both(english, " · ")}{(count is null ? "" : $" ({count})")}",
            s => s.FontSize(DocumentTheme.Size.Heading).Bold().FontColor(DocumentTheme.Primary));
}

/// <summary>A table header cell with its label in both languages.</summary>
public sealed class BilingualLabel(string english) : IComponent
{
    public void Compose(IContainer container) =>
        container.Background(DocumentTheme.Tint).Padding(DocumentTheme.Space.Cell).Text(Bilingual.Both(english, " · "),
            s => s.Bold().FontSize(DocumentTheme.Size.Small));
}
