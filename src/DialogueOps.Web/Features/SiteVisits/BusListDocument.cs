using DialogueOps.Domain.Common;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.SiteVisits;

/// <summary>One list per vehicle for the escorts at the door: seat, name, country; visitors fill vehicles in confirmation order.</summary>
public sealed class BusListDocument(ManifestData manifest, DateTime printedAtUtc) : IDocument
{

    public DocumentMetadata GetMetadata() => new() { Title = $"Bus lists — {manifest.VisitTitle}", Author = "DialogueOps", Subject = manifest.EventTitle, CreationDate = printedAtUtc };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(40, 36, 40, 36);
        page.DefaultTextStyle(s => s.FontSize(10));
        page.Header().Column(column =>
        {
            column.Item().Text(Bilingual.Both("Bus lists", " · "), s => s.FontSize(16).Bold().FontColor(DocumentTheme.Primary));
            column.Item().Text($"{manifest.VisitTitle} · {manifest.When}", s => s.Bold());
            column.Item().Text($"{Bilingual.Both("Meeting point")}: {manifest.MeetingPoint ?? "—"}", s => s.FontColor(DocumentTheme.Secondary).FontSize(9));
        });
        page.Content().PaddingTop(8).Column(column =>
        {
            column.Spacing(12);
            var seating = manifest.Seating();
            if (seating.Count == 0)
            {
                column.Item().Text("No vehicles are set for this visit.", s => s.FontColor(DocumentTheme.Secondary));
            }

            foreach (var (vehicle, passengers) in seating)
            {
                var seats = manifest.Vehicles.FirstOrDefault(v => v.Name == vehicle)?.Seats;
                column.Item().ShowEntire().Column(block =>
                {
                    block.Item().Background(vehicle.Length == 0 ? DocumentTheme.AlertWash : DocumentTheme.Tint).Padding(5).Text(vehicle.Length == 0
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
        page.Footer().Component(new PrintedFooter(printedAtUtc, manifest.Zone));
    });
}
