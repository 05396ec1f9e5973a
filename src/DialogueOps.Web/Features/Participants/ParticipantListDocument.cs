using DialogueOps.Domain.Common;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.Documents;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.Participants;

/// <summary>
/// The participant list by delegation (country, English order), each delegation in protocol order. Anyone not confirmed
/// carries their status beside the category, so a list printed mid-review never passes a waitlisted person off as attending.
/// </summary>
public sealed class ParticipantListDocument(string eventTitle, string? eventLocalTitle, IReadOnlyList<ParticipantRow> rows, DateTime printedAtUtc, TimeZoneInfo zone) : IDocument
{
    public DocumentMetadata GetMetadata() => new() { Title = $"{eventTitle} — List of participants", Author = "DialogueOps", CreationDate = printedAtUtc };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(44, 36, 44, 36);
        page.DefaultTextStyle(s => s.FontSize(9));
        page.Header().PaddingBottom(6).Column(c =>
        {
            c.Item().Text(Bilingual.Both("List of participants", " · "), s => s.FontSize(14).Bold().FontColor(DocumentTheme.Primary));
            c.Item().Text(eventLocalTitle is null ? eventTitle : $"{eventTitle} · {eventLocalTitle}", s => s.FontSize(9).FontColor(DocumentTheme.Secondary));
        });
        page.Content().Column(column =>
        {
            column.Spacing(4);
            foreach (var delegation in rows.GroupBy(r => r.DelegationCountry ?? r.CountryCode).OrderBy(g => Countries.Name(g.Key, false), StringComparer.Ordinal))
            {
                column.Item().PaddingTop(8).ShowEntire().Text($"{Countries.Name(delegation.Key, false)} · {Countries.Name(delegation.Key, true)} ({delegation.Count()})",
                    s => s.FontSize(11).Bold().FontColor(DocumentTheme.Primary));
                column.Item().Table(table =>
                {
                    table.ColumnsDefinition(c =>
                    {
                        c.ConstantColumn(22);
                        c.RelativeColumn(4);
                        c.RelativeColumn(4);
                        c.RelativeColumn(2);
                    });
                    table.Header(h =>
                    {
                        foreach (var title in new[] { "#" }.Concat(new[] { "Full name", "Position and organization", "Category" }.Select(l => Bilingual.Both(l, " · "))))
                        {
                            h.Cell().Component(new HeaderCell(title));
                        }
                    });
                    var number = 1;
                    foreach (var p in ParticipantList.ProtocolOrder(delegation))
                    {
                        table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(3).Text($"{number++}");
                        table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(3).Text(t =>
                        {
                            t.Span(p.DisplayName, s => s.Bold());
                            if (p.NativeName is not null && p.NativeName != p.LatinName)
                            {
                                t.Span($"\n{p.NativeName}");
                            }
                        });
                        table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(3).Text($"{p.Position}\n{p.Organization}".Trim());
                        table.Cell().BorderBottom(0.5f, Colors.Grey300).Padding(3).Text(t =>
                        {
                            t.Span(p.Category.ToString());
                            if (p.Status != Domain.Delegations.ParticipantStatus.Confirmed)
                            {
                                t.Span($"\n{Bilingual.Both(StatusLabel(p.Status), " · ")}", s => s.Bold().FontColor(DocumentTheme.Alert));
                            }
                        });
                    }
                });
            }
        });
        page.Footer().Component(new PrintedFooter(printedAtUtc, zone));
    });

    private static string StatusLabel(Domain.Delegations.ParticipantStatus status) => status switch
    {
        Domain.Delegations.ParticipantStatus.Registered => "Pending review",
        Domain.Delegations.ParticipantStatus.Waitlisted => "Waitlisted",
        Domain.Delegations.ParticipantStatus.Declined => "Declined",
        Domain.Delegations.ParticipantStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
