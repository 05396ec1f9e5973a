using DialogueOps.Domain.Common;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;

namespace DialogueOps.Web.Features.Participants;

/// <summary>
/// Table tents: one A4 landscape sheet per person, folded along the middle; the upper half is printed upside down so
/// the name reads from both sides of the table.
/// </summary>
public sealed class NameCardsDocument(string eventTitle, IReadOnlyList<ParticipantRow> rows, DateTime printedAtUtc) : IDocument
{
    private static readonly PageSize Sheet = PageSizes.A4.Landscape();

    public DocumentMetadata GetMetadata() => new() { Title = $"{eventTitle} — Name cards", Author = "DialogueOps", CreationDate = printedAtUtc };

    public void Compose(IDocumentContainer container)
    {
        foreach (var person in rows)
        {
            container.Page(page =>
            {
                page.Size(Sheet);
                page.Margin(0);
                page.Content().Column(column =>
                {
                    column.Item().Height(Sheet.Height / 2).RotateHalfTurn().Element(c => Half(c, person));
                    column.Item().Height(Sheet.Height / 2).Element(c => Half(c, person));
                });
            });
        }
    }

    private static void Half(IContainer container, ParticipantRow person) => container.PaddingHorizontal(40).PaddingTop(70).Column(column =>
    {
        column.Item().AlignCenter().Text(person.Honorific ?? " ", s => s.FontSize(18).FontColor(DocumentTheme.Secondary));
        column.Item().AlignCenter().Text(person.LatinName, s => s.FontSize(44).Bold());
        if (person.NativeName is not null && person.NativeName != person.LatinName)
        {
            column.Item().AlignCenter().Text(person.NativeName, s => s.FontSize(32));
        }

        column.Item().PaddingTop(8).AlignCenter().Text($"{Countries.Name(person.CountryCode, false)} · {Countries.Name(person.CountryCode, true)}",
            s => s.FontSize(16).FontColor(BadgeSheetDocument.BandColour(person.Category)));
    });
}
