using DialogueOps.Domain.Common;
using DialogueOps.Pdf;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.SiteVisits;

/// <summary>One list per vehicle for the escorts at the door: seat, name, country; visitors fill vehicles in confirmation order.</summary>
public sealed class BusListDocument(ManifestData manifest, DateTime printedAtUtc) : IDocument
{
    private const string Muted = "#6b7280";

    public DocumentMetadata GetMetadata() => new() { Title = $"Bus lists — {manifest.VisitTitle}", Author = "DialogueOps", Subject = manifest.EventTitle, CreationDate = printedAtUtc };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(40, 36, 40, 36);
        page.DefaultTextStyle(s => s.FontSize(10));
        page.Header().Column(column =>
        {
            column.Item().Text(Bilingual.Both("Bus lists", " · "), s => s.FontSize(16).Bold().FontColor("#0b4f6c"));
            column.Item().Text($"{manifest.VisitTitle} · {manifest.When}", s => s.Bold());
            column.Item().Text($"{Bilingual.Both("Meeting point")}: {manifest.MeetingPoint ?? "—"}", s => s.FontColor(Muted).FontSize(9));
        });
        page.Content().PaddingTop(8).Column(column =>
        {
            column.Spacing(12);
            var seating = manifest.Seating();
            if (seating.Count == 0)
            {
                column.Item().Text("No vehicles are set for this visit.", s => s.FontColor(Muted));
            }

            foreach (var (vehicle, passengers) in seating)
            {
                var seats = manifest.Vehicles.FirstOrDefault(v => v.Name == vehicle)?.Seats;
                column.Item().ShowEntire().Column(block =>
                {
                    block.Item().Background(vehicle.Length == 0 ? "#fdecea" : "#eef4f7").Padding(5).Text(vehicle.Length == 0
                        ? $"Without a seat: {passengers.Count} (add a vehicle)"
                        : $"{vehicle} · {passengers.Count} of {seats} seats", s => s.Bold());
                    block.Item().Table(table =>
                    {
                        table.ColumnsDefinition(c =>
                        {
                            c.ConstantColumn(40);
                            c.RelativeColumn(3);
                            c.RelativeColumn(2);
                        });
                        var seat = 0;
                        foreach (var p in passengers)
                        {
                            seat++;
                            table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(3).Text(seat.ToString(System.Globalization.CultureInfo.InvariantCulture));
                            table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(3).Text(p.Name);
                            table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(3).Text(Countries.Name(p.Nationality, chinese: false));
                        }
                    });
                });
            }
        });
        page.Footer().AlignRight().Text(t =>
        {
            t.DefaultStyle(s => s.FontSize(7.5f).FontColor(Muted));
            t.Span("Page ");
            t.CurrentPageNumber();
            t.Span(" of ");
            t.TotalPages();
        });
    });
}
