using System.Text;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using Microsoft.EntityFrameworkCore;
using SpreadCheetah;

namespace DialogueOps.Web.Features.Participants;

/// <summary>
/// The filtered participant list as CSV (UTF-8 with BOM, so Excel reads the native scripts) and as .xlsx, with every field
/// the secretariat keeps (needs, phone, flights, hotel, interpretation). The column names are the ones the import reads,
/// so an export can be corrected in a spreadsheet and imported again.
/// </summary>
public static class ParticipantExports
{
    public static readonly string[] Header =
    [
        "Protocol rank", "Honorific", "Given name", "Family name", "Name order", "Name in native script", "Email", "Phone", "Nationality", "Country",
        "Delegation", "Category", "Status", "Position", "Organization", "Dietary needs", "Accessibility needs", "Interpretation language",
        "Arrival (local time)", "Arrival flight", "Departure (local time)", "Departure flight", "Hotel", "Privacy consent",
    ];

    /// <summary>The fields the list does not carry, read for the exported rows only.</summary>
    private sealed record Extra(int Id, string? Phone, string? DietaryNeeds, string? AccessibilityNeeds, string? InterpretationLanguage,
        DateTime? ArrivalAt, string? ArrivalFlight, DateTime? DepartureAt, string? DepartureFlight, string? Hotel, DateTime? PrivacyConsentAt);

    public static async Task<List<string?[]>> RowsAsync(DialogueOpsDbContext db, int eventId, TimeZoneInfo zone, IReadOnlyList<ParticipantRow> rows, CancellationToken ct)
    {
        var extras = await db.Participants.AsNoTracking().Where(p => p.EventId == eventId)
            .Select(p => new Extra(p.Id, p.Phone, p.DietaryNeeds, p.AccessibilityNeeds, p.InterpretationLanguage, p.ArrivalAt, p.ArrivalFlight,
                p.DepartureAt, p.DepartureFlight, p.Hotel, p.PrivacyConsentAt))
            .ToDictionaryAsync(p => p.Id, ct);
        string? Local(DateTime? utc) => utc is { } u
            ? EventTimeZone.ToLocal(u, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            : null;
        return rows.Select(p =>
        {
            var x = extras.GetValueOrDefault(p.Id) ?? new Extra(p.Id, null, null, null, null, null, null, null, null, null, null);
            return new[]
            {
                p.ProtocolRank.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Honorific, p.GivenName, p.FamilyName,
                p.NameOrder == NameOrder.FamilyFirst ? "Family name first" : "Given name first", p.NativeName, p.Email, x.Phone, p.CountryCode,
                p.CountryName, p.DelegationCountry, p.Category.ToString(), p.Status.ToString(), p.Position, p.Organization, x.DietaryNeeds,
                x.AccessibilityNeeds, x.InterpretationLanguage, Local(x.ArrivalAt), x.ArrivalFlight, Local(x.DepartureAt), x.DepartureFlight, x.Hotel,
                x.PrivacyConsentAt is null ? "no" : "yes",
            };
        }).ToList();
    }

    public static byte[] Csv(IEnumerable<string?[]> rows, string[]? header = null)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header ?? Header))
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static async Task<byte[]> XlsxAsync(IEnumerable<string?[]> rows, CancellationToken cancellationToken, string[]? header = null, string sheet = "Participants")
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await spreadsheet.StartWorksheetAsync(sheet, token: cancellationToken);
            var bold = spreadsheet.AddStyle(new SpreadCheetah.Styling.Style { Font = { Bold = true } });
            await spreadsheet.AddRowAsync((header ?? Header).Select(h => new Cell(h, bold)).ToArray(), cancellationToken);
            foreach (var row in rows)
            {
                await spreadsheet.AddRowAsync(row.Select(v => new DataCell(v ?? "")).ToArray(), cancellationToken);
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is defused so a name cannot run as a spreadsheet formula.</summary>
    private static string Quote(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
