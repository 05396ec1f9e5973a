using System.Globalization;
using DialogueOps.Domain.Common;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.Itinerary;

/// <summary>A one- or two-page personal itinerary a delegate can print or keep on the phone, English with Chinese labels.</summary>
public sealed class ItineraryDocument(ItineraryData itinerary, DateTime printedAtUtc) : IDocument
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public DocumentMetadata GetMetadata() => new() { Title = $"Itinerary — {itinerary.PersonName}", Author = "DialogueOps", Subject = itinerary.EventTitle, CreationDate = printedAtUtc };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(48, 40, 48, 40);
        page.DefaultTextStyle(s => s.FontSize(10));
        page.Content().Column(column =>
        {
            column.Spacing(6);
            column.Item().Text(Bilingual.Both("Personal itinerary", " · "), s => s.FontSize(16).Bold().FontColor(DocumentTheme.Primary));
            column.Item().Text(itinerary.PersonName, s => s.FontSize(13).Bold());
            column.Item().Text(itinerary.EventLocalTitle is null ? itinerary.EventTitle : $"{itinerary.EventTitle}\n{itinerary.EventLocalTitle}");
            column.Item().Background(DocumentTheme.Tint).Padding(5).Text($"All times {itinerary.ZoneDescription}", s => s.Bold());
            column.Item().Text(text =>
            {
                text.LabelPair("Arrival", itinerary.ArrivalAt is { } a ? $"{Local(a)} {itinerary.ArrivalFlight}" : "—", newLine: false)
                    .LabelPair("Departure", itinerary.DepartureAt is { } d ? $"{Local(d)} {itinerary.DepartureFlight}" : "—")
                    .LabelPair("Hotel", itinerary.Hotel ?? "—");
            });
            column.Item().PaddingTop(6).Table(table =>
            {
                table.ColumnsDefinition(c =>
                {
                    c.ConstantColumn(110);
                    c.RelativeColumn(4);
                    c.RelativeColumn(2);
                    c.RelativeColumn(2);
                });
                table.Header(h =>
                {
                    foreach (var title in new[] { "When", "What", "Your part", "Place" }.Select(l => Bilingual.Both(l)))
                    {
                        h.Cell().Component(new HeaderCell(title, 9));
                    }
                });
                foreach (var e in itinerary.Entries)
                {
                    table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(4).Text($"{Local(e.StartsAtUtc)}–{EventTimeZone.ToLocal(e.EndsAtUtc, itinerary.Zone):HH:mm}");
                    table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(e.LocalTitle is null ? e.Title : $"{e.Title}\n{e.LocalTitle}");
                    table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(e.What.StartsWith("SiteVisitWaitlisted:", StringComparison.Ordinal) ? $"Site visit, waitlist #{e.What.Split(':')[1]}" : e.What == "SiteVisit" ? "Site visit" : e.What);
                    table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(e.Place ?? "");
                }
            });
        });
        page.Footer().Component(new PrintedFooter(printedAtUtc, itinerary.Zone));
    });

    private string Local(DateTime utc) => EventTimeZone.ToLocal(utc, itinerary.Zone).ToString("ddd d MMM HH:mm", English);
}
