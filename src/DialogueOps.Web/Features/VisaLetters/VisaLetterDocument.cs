using System.Globalization;
using DialogueOps.Domain.Common;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.VisaLetters;

/// <summary>
/// The invitation letter a consulate reads: co-host letterhead, reference and date, the delegate's particulars, what the
/// hosts cover, one signatory block per co-host, and a QR code to the public verification page. English first; the
/// Chinese text follows on the same page when the event is bilingual.
/// </summary>
public sealed class VisaLetterDocument(VisaLetterData letter, DateTime issuedAtUtc) : IDocument
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public DocumentMetadata GetMetadata() => new()
    {
        Title = $"Invitation letter {letter.Reference}",
        Author = string.Join(" · ", letter.Hosts.Select(h => h.Name)),
        Subject = letter.EventTitle,
        CreationDate = issuedAtUtc,
    };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(56, 40, 56, 36);
        page.DefaultTextStyle(s => s.FontSize(10).FontColor(DocumentTheme.Ink));
        page.Header().Element(Letterhead);
        page.Content().PaddingTop(14).Column(column =>
        {
            column.Spacing(7);
            column.Item().Row(row =>
            {
                row.RelativeItem().Text(t =>
                {
                    t.Span("To: ", s => s.Bold());
                    t.Span(letter.Consulate);
                });
                row.ConstantItem(190).AlignRight().Text(t =>
                {
                    t.Span($"Ref. {Bilingual.Zh("Reference")}  ", s => s.FontColor(DocumentTheme.Secondary));
                    t.Span(letter.Reference, s => s.Bold());
                    t.Span($"\nDate {Bilingual.Zh("Date")}  ", s => s.FontColor(DocumentTheme.Secondary));
                    t.Span(letter.IssuedOn.ToString("d MMMM yyyy", English));
                });
            });
            column.Item().PaddingTop(6).Text(letter.Bilingual ? $"INVITATION LETTER · {Bilingual.Zh("Invitation letter")}" : "INVITATION LETTER", s => s.FontSize(14).Bold().FontColor(DocumentTheme.Alert));
            column.Item().Text(EnglishBody(), s => s.LineHeight(1.35f));
            column.Item().PaddingVertical(4).Element(Particulars);
            if (letter.Bilingual)
            {
                column.Item().Text(ChineseBody(), s => s.LineHeight(1.45f));
            }

            column.Item().PaddingTop(10).Element(Signatures);
        });
        page.Footer().Element(Verification);
    });

    private void Letterhead(IContainer container) => container.Column(column =>
    {
        column.Item().Row(row =>
        {
            for (var i = 0; i < letter.Hosts.Count; i++)
            {
                var host = letter.Hosts[i];
                var cell = row.RelativeItem();
                var last = i > 0 && i == letter.Hosts.Count - 1;
                cell.Text(t =>
                {
                    if (last)
                    {
                        t.AlignRight();
                    }

                    t.Span(host.Name, s => s.FontSize(11).Bold().FontColor(DocumentTheme.Ink));
                    if (!string.IsNullOrWhiteSpace(host.LocalName))
                    {
                        t.Span("\n" + host.LocalName, s => s.FontSize(10).FontColor(DocumentTheme.Ink));
                    }
                });
            }
        });
        column.Item().PaddingTop(6).LineHorizontal(2f, DocumentTheme.Alert);
        column.Item().PaddingTop(2).Text(EventLine(), s => s.FontSize(8.5f).FontColor(DocumentTheme.Secondary));
    });

    private string EventLine()
    {
        var place = string.Join(", ", new[] { letter.Venue, letter.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return $"{letter.EventTitle} · {Dates(English)}{(place.Length == 0 ? "" : " · " + place)}";
    }

    private string EnglishBody()
    {
        var hosts = HostList(letter.Hosts.Select(h => h.Name).ToList());
        var role = string.Join(", ", new[] { letter.Position, letter.Organization }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var paragraphs = new List<string>
        {
            "Dear Sir or Madam,",
            $"On behalf of {hosts}, we have the honour to invite {letter.NameAsInPassport}{(role.Length == 0 ? "" : $", {role},")} to attend the " +
            $"{letter.EventTitle}{(string.IsNullOrWhiteSpace(letter.City) ? "" : $" in {letter.City}")}, from {Dates(English)}." +
            (string.IsNullOrWhiteSpace(letter.Theme) ? "" : $" Its theme is “{letter.Theme.TrimEnd('.')}”."),
            $"The purpose of the visit is to take part in the dialogue as an invited participant. The intended stay is from " +
            $"{Long(letter.EntryDate)} to {Long(letter.ExitDate)}. The visitor's particulars are as follows:",
        };
        return string.Join("\n\n", paragraphs);
    }

    private string ChineseBody()
    {
        var hosts = string.Join(Bilingual.Zh("and (joining host names)"), letter.Hosts.Select(h => h.LocalName ?? h.Name));
        var title = letter.EventLocalTitle ?? letter.EventTitle;
        var covered = string.IsNullOrWhiteSpace(letter.CoveredCostsLocal)
            ? Bilingual.Zh("Participants bear all costs of attending themselves.")
            : Bilingual.Zh("The hosts cover: {0}.", letter.CoveredCostsLocal.TrimEnd('。'));
        return Bilingual.Zh("Invitation letter body: {0} invite {1} (passport {2}, nationality {3}) to {4} from {5} to {6}; stay from {7} to {8}. {9}",
            hosts, letter.NameAsInPassport, letter.PassportNumber, Countries.Name(letter.Nationality, true), title,
            ChineseDate(letter.StartDate), ChineseDate(letter.EndDate), ChineseDate(letter.EntryDate), ChineseDate(letter.ExitDate), covered);
    }

    private void Particulars(IContainer container) => container.Border(0.75f, Colors.Grey300).Background(DocumentTheme.Wash).Padding(8).Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(170);
            c.RelativeColumn();
        });
        void Line(string label, string value)
        {
            table.Cell().PaddingVertical(2).Text(label, s => s.FontColor(DocumentTheme.Secondary).FontSize(9));
            table.Cell().PaddingVertical(2).Text(value, s => s.Bold());
        }

        Line(letter.Bilingual ? Bilingual.Both("Name as in passport") : "Name as in passport", letter.NameAsInPassport);
        Line(letter.Bilingual ? Bilingual.Both("Passport number") : "Passport number", letter.PassportNumber);
        Line(letter.Bilingual ? Bilingual.Both("Nationality") : "Nationality",
            letter.Bilingual ? $"{Countries.Name(letter.Nationality, false)} {Countries.Name(letter.Nationality, true)}" : Countries.Name(letter.Nationality, false));
        Line(letter.Bilingual ? Bilingual.Both("Date of birth") : "Date of birth", Long(letter.DateOfBirth));
        Line(letter.Bilingual ? Bilingual.Both("Dates of stay") : "Dates of stay", $"{Long(letter.EntryDate)} – {Long(letter.ExitDate)}");
        Line(letter.Bilingual ? Bilingual.Both("Costs covered by the hosts") : "Costs covered by the hosts",
            string.IsNullOrWhiteSpace(letter.CoveredCosts) ? "None: the participant bears their own costs." : letter.CoveredCosts);
    });

    private void Signatures(IContainer container) => container.Row(row =>
    {
        row.Spacing(24);
        foreach (var host in letter.Hosts.Take(2))
        {
            row.RelativeItem().Column(block =>
            {
                block.Item().Height(46);
                block.Item().LineHorizontal(0.75f, DocumentTheme.Ink);
                block.Item().PaddingTop(3).Text(host.SignatoryName, s => s.Bold());
                if (!string.IsNullOrWhiteSpace(host.SignatoryTitle))
                {
                    block.Item().Text(host.SignatoryTitle, s => s.FontSize(9));
                }

                block.Item().Text(host.LocalName is null ? host.Name : $"{host.Name}\n{host.LocalName}", s => s.FontSize(9).FontColor(DocumentTheme.Secondary));
            });
        }
    });

    private void Verification(IContainer container) => container.BorderTop(0.75f, Colors.Grey300).PaddingTop(6).Row(row =>
    {
        row.Spacing(10);
        row.ConstantItem(62).QrCode(letter.VerificationUrl);
        row.RelativeItem().Text(t =>
        {
            t.DefaultStyle(s => s.FontSize(8).FontColor(DocumentTheme.Secondary));
            t.Span("Verify this letter: scan the code or open\n");
            t.Span(letter.VerificationUrl, s => s.FontColor(DocumentTheme.Ink).Bold());
            t.Span($"\nReference {letter.Reference}. The page shows whether the letter is valid or revoked; it never shows the passport number.");
            if (letter.Bilingual)
            {
                t.Span("\n" + Bilingual.Zh("Verify this letter: scan the code or open the address above to see whether it is valid or revoked."));
            }
        });
    });

    private static string HostList(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "the organizers",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    private string Dates(CultureInfo culture) => Infrastructure.Display.DateRange(letter.StartDate, letter.EndDate, culture);

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static string ChineseDate(DateOnly date) => date.ToString("D", Bilingual.Chinese);
}
