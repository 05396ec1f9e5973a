using System.Text;
using SpreadCheetah;

namespace DialogueOps.Web.Features.Participants;

/// <summary>The filtered participant list as CSV (UTF-8 with BOM, so Excel reads the native scripts) and as .xlsx.</summary>
public static class ParticipantExports
{
    private static readonly string[] Header =
        ["Protocol rank", "Honorific", "Given name", "Family name", "Name in native script", "Country", "Delegation", "Category", "Status", "Position", "Organization", "Email"];

    private static IEnumerable<string?[]> Rows(IEnumerable<ParticipantRow> rows) => rows.Select(p => new[]
    {
        p.ProtocolRank.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Honorific, p.GivenName, p.FamilyName, p.NativeName,
        p.CountryName, p.DelegationCountry, p.Category.ToString(), p.Status.ToString(), p.Position, p.Organization, p.Email,
    });

    public static byte[] Csv(IEnumerable<ParticipantRow> rows)
    {
        var text = new StringBuilder();
        foreach (var row in Rows(rows).Prepend(Header))
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static async Task<byte[]> XlsxAsync(IEnumerable<ParticipantRow> rows, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await spreadsheet.StartWorksheetAsync("Participants", token: cancellationToken);
            var bold = spreadsheet.AddStyle(new SpreadCheetah.Styling.Style { Font = { Bold = true } });
            await spreadsheet.AddRowAsync(Header.Select(h => new Cell(h, bold)).ToArray(), cancellationToken);
            foreach (var row in Rows(rows))
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
