using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.Participants;

/// <summary>
/// Badges, 6 to an A4 sheet (2 × 3 cards of 90 × 84 mm, for A6-style holders): category colour band, name in Latin
/// and native script, country, organization, and a QR code carrying the unguessable check-in token.
/// </summary>
public sealed class BadgeSheetDocument(string eventTitle, string? eventLocalTitle, IReadOnlyList<ParticipantRow> rows, DateTime printedAtUtc) : IDocument
{
    private const float Mm = 72f / 25.4f;

    public DocumentMetadata GetMetadata() => new() { Title = $"{eventTitle} — Badges", Author = "DialogueOps", CreationDate = printedAtUtc };

    public static Color BandColour(ParticipantCategory category) => DocumentTheme.Category(category);

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(15 * Mm, 18 * Mm, 15 * Mm, 10 * Mm);
        page.Content().Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.RelativeColumn();
                c.RelativeColumn();
            });
            foreach (var person in rows)
            {
                table.Cell().Padding(1.5f * Mm).Height(84 * Mm).Border(0.5f, Colors.Grey300).Element(c => Badge(c, person));
            }
        });
    });

    private void Badge(IContainer container, ParticipantRow person) => container.Column(column =>
    {
        column.Item().Background(BandColour(person.Category)).PaddingVertical(4).PaddingHorizontal(8).Row(row =>
        {
            row.RelativeItem().Text(eventLocalTitle ?? eventTitle, s => s.FontSize(6.5f).FontColor(DocumentTheme.White));
            row.AutoItem().Text(person.Category.ToString().ToUpperInvariant(), s => s.FontSize(7).Bold().FontColor(DocumentTheme.White));
        });
        column.Item().PaddingHorizontal(8).PaddingTop(8).Row(row =>
        {
            row.RelativeItem().Column(text =>
            {
                text.Item().Text(person.Honorific ?? " ", s => s.FontSize(8).FontColor(DocumentTheme.Secondary));
                text.Item().Text(person.LatinName, s => s.FontSize(18).Bold());
                if (person.NativeName is not null && person.NativeName != person.LatinName)
                {
                    text.Item().Text(person.NativeName, s => s.FontSize(15));
                }

                text.Item().PaddingTop(8).Text($"{Countries.Name(person.CountryCode, false)} · {Countries.Name(person.CountryCode, true)}", s => s.FontSize(11).Bold().FontColor(BandColour(person.Category)));
                text.Item().PaddingTop(2).Text(person.Organization ?? "", s => s.FontSize(8.5f).FontColor(DocumentTheme.Secondary));
            });
            row.ConstantItem(24 * Mm).Column(qr =>
            {
                qr.Item().Width(24 * Mm).QrCode(person.CheckInToken);
                qr.Item().AlignCenter().Text(Bilingual.Both("Check-in"), s => s.FontSize(6).FontColor(DocumentTheme.Muted));
            });
        });
    });
}
