using System.Globalization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.PrintPack;

public sealed record RegisterEntry(string? Reference, string NameAsInPassport, string Nationality, VisaLetterStatus Status, DateTime SubmittedAtUtc, DateTime? IssuedAtUtc, DateTime? RevokedAtUtc);

/// <summary>
/// Every visa-letter request of the event on one list for the secretariat's file: reference, name, nationality,
/// status and dates. Never a passport number or date of birth: this list travels on paper.
/// </summary>
public sealed class VisaLetterRegisterDocument(string eventTitle, IReadOnlyList<RegisterEntry> entries, TimeZoneInfo zone, DateTime printedAtUtc) : IDocument
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public DocumentMetadata GetMetadata() => new() { Title = $"{eventTitle} — Visa-letter register", Subject = $"Visa-letter register / {Bilingual.Zh("Visa-letter register")}", CreationDate = printedAtUtc };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4.Landscape());
        page.Margin(36);
        page.DefaultTextStyle(s => s.FontSize(9));
        page.Header().PaddingBottom(8).Column(c =>
        {
            c.Item().Text(Bilingual.Both("Visa-letter register", "  "), s => s.FontSize(14).Bold().FontColor(DocumentTheme.Primary));
            c.Item().Text($"{eventTitle} · {entries.Count} requests · {entries.Count(e => e.Status == VisaLetterStatus.Issued)} issued", s => s.FontColor(DocumentTheme.Secondary));
        });
        page.Content().Element(content =>
        {
            if (entries.Count == 0)
            {
                content.Text(Bilingual.Both("No visa-letter request has been made."));
                return;
            }

            content.Table(table =>
            {
                table.ColumnsDefinition(c =>
                {
                    c.ConstantColumn(90);
                    c.RelativeColumn(4);
                    c.RelativeColumn(2);
                    c.RelativeColumn(2);
                    c.RelativeColumn(2);
                    c.RelativeColumn(2);
                });
                table.Header(h =>
                {
                    foreach (var label in new[] { "Reference", "Name as in passport", "Nationality", "Status", "Submitted", "Issued / revoked" }.Select(l => Bilingual.Both(l)))
                    {
                        h.Cell().Component(new HeaderCell(label, 8.5f));
                    }
                });
                foreach (var (e, i) in entries.Select((e, i) => (e, i)))
                {
                    var fill = i % 2 == 0 ? DocumentTheme.White : DocumentTheme.Wash;
                    IContainer Cell() => table.Cell().Background(fill).BorderBottom(0.5f, Colors.Grey300).Padding(4);
                    Cell().Text(e.Reference ?? "—", s => s.Bold(e.Reference is not null));
                    Cell().Text(e.NameAsInPassport);
                    Cell().Text(Countries.Name(e.Nationality, false));
                    Cell().Text(StatusLabel(e.Status), s => e.Status is VisaLetterStatus.Revoked or VisaLetterStatus.Rejected ? s.FontColor(DocumentTheme.Alert) : s);
                    Cell().Text(Day(e.SubmittedAtUtc));
                    Cell().Text(e.RevokedAtUtc is { } revoked ? $"revoked {Day(revoked)}" : e.IssuedAtUtc is { } issued ? Day(issued) : "—");
                }
            });
        });
        page.Footer().Component(new PrintedFooter(printedAtUtc, zone));
    });

    private static string StatusLabel(VisaLetterStatus status) => status switch
    {
        VisaLetterStatus.Submitted => Bilingual.Both("Submitted"),
        VisaLetterStatus.NeedsInformation => Bilingual.Both("Needs information"),
        VisaLetterStatus.Approved => Bilingual.Both("Approved"),
        VisaLetterStatus.Issued => Bilingual.Both("Issued"),
        VisaLetterStatus.Rejected => Bilingual.Both("Rejected"),
        _ => Bilingual.Both("Revoked"),
    };

    private string Day(DateTime utc) => EventTimeZone.ToLocal(utc, zone).ToString("d MMM yyyy", English);
}
