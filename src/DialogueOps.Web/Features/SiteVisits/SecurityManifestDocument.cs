using DialogueOps.Domain.Common;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.SiteVisits;

/// <summary>The list a host company's security desk checks visitors against: who, from where, and passports when required.</summary>
public sealed class SecurityManifestDocument(ManifestData manifest, DateTime printedAtUtc) : IDocument
{

    public DocumentMetadata GetMetadata() => new() { Title = $"Visitor manifest — {manifest.VisitTitle}", Author = "DialogueOps", Subject = manifest.EventTitle, CreationDate = printedAtUtc };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(40, 36, 40, 36);
        page.DefaultTextStyle(s => s.FontSize(9.5f).FontColor(DocumentTheme.Ink));
        page.Header().Column(column =>
        {
            column.Item().Text(Bilingual.Both("Visitor manifest", " · "), s => s.FontSize(16).Bold().FontColor(DocumentTheme.Primary));
            column.Item().Text(manifest.VisitLocalTitle is null ? manifest.VisitTitle : $"{manifest.VisitTitle} · {manifest.VisitLocalTitle}", s => s.FontSize(12).Bold());
            column.Item().PaddingTop(4).Row(row =>
            {
                row.RelativeItem().Text(t =>
                {
                    t.LabelPair("Host organization", manifest.HostLocalName is null ? manifest.Host : $"{manifest.Host} {manifest.HostLocalName}", newLine: false);
                    t.LabelPair("When", manifest.When);
                    t.LabelPair("Meeting point", manifest.MeetingPoint ?? "—");
                });
                row.ConstantItem(150).AlignRight().Text(t =>
                {
                    t.LabelPair("Visitors", manifest.Visitors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), newLine: false);
                    t.LabelPair("Event", manifest.EventTitle);
                });
            });
            column.Item().PaddingTop(4).Text(manifest.PassportRequired
                ? manifest.ShowsPassportNumbers ? "The host requires passport details; numbers are confidential and for the security desk only."
                    : "The host requires passport details; numbers are not shown on this copy."
                : "The host does not require passport numbers for this visit.", s => s.FontSize(8).FontColor(DocumentTheme.Secondary));
            column.Item().PaddingTop(6).LineHorizontal(1.5f, DocumentTheme.Primary);
        });
        page.Content().PaddingTop(8).Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                c.ConstantColumn(24);
                c.RelativeColumn(3);
                c.RelativeColumn(1.3f);
                c.RelativeColumn(3);
                c.RelativeColumn(2.2f);
                c.ConstantColumn(78);
            });
            table.Header(h =>
            {
                foreach (var title in new[] { "#" }.Concat(new[] { "Name as in passport", "Nationality", "Organization", "Position", "Passport number" }.Select(l => Bilingual.Both(l))))
                {
                    h.Cell().Component(new HeaderCell(title));
                }
            });
            if (manifest.Visitors.Count == 0)
            {
                table.Cell().ColumnSpan(6).Padding(8).Text("No confirmed visitor yet.", s => s.FontColor(DocumentTheme.Secondary));
            }

            foreach (var v in manifest.Visitors)
            {
                var background = v.Order % 2 == 0 ? DocumentTheme.Wash : DocumentTheme.White;
                table.Cell().Background(background).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(v.Order.ToString(System.Globalization.CultureInfo.InvariantCulture));
                table.Cell().Background(background).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(t =>
                {
                    t.Span(v.NameAsInPassport ?? v.Name, s => s.Bold());
                    if (v.NameAsInPassport is null && manifest.PassportRequired)
                    {
                        t.Span("\npassport details missing", s => s.FontSize(7.5f).FontColor(DocumentTheme.Alert));
                    }
                });
                table.Cell().Background(background).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(Countries.Name(v.Nationality, chinese: false));
                table.Cell().Background(background).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(v.Organization ?? "");
                table.Cell().Background(background).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(v.Position ?? "");
                table.Cell().Background(background).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(manifest.ShowsPassportNumbers ? v.PassportNumber ?? "—" : "—");
            }
        });
        page.Footer().Component(new PrintedFooter(printedAtUtc, manifest.Zone, Bilingual.Both("Confidential")));
    });
}
