using System.Text;
using ExcelDataReader;

namespace DialogueOps.Web.Features.Import;

/// <summary>An uploaded spreadsheet as text: its header row and the rows below it, blank rows left out.</summary>
public sealed record Sheet(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    /// <summary>More rows than this is not a participant list; it is refused before anything is checked.</summary>
    public const int MaxRows = 10_000;

    // ExcelDataReader looks up legacy code pages while sniffing a file, which .NET only knows once this provider is registered.
    static Sheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsSpreadsheet(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".xlsx";

    /// <summary>Reads a .csv (UTF-8, with or without BOM; comma, semicolon or tab) or an .xlsx file's first sheet.</summary>
    /// <exception cref="InvalidDataException">The file is not a readable spreadsheet, is empty, or is too long.</exception>
    public static Sheet Read(Stream content, string fileName)
    {
        try
        {
            using var reader = Path.GetExtension(fileName).ToLowerInvariant() == ".csv"
                ? ExcelReaderFactory.CreateCsvReader(content, new ExcelReaderConfiguration
                {
                    // Names in any script: a file without BOM is read as UTF-8, never as the server's legacy code page.
                    FallbackEncoding = Encoding.UTF8,
                    AutodetectSeparators = [',', ';', '\t'],
                })
                : ExcelReaderFactory.CreateOpenXmlReader(content);
            var rows = new List<string[]>();
            string[]? header = null;
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader.GetValue(i))).ToArray();
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (header is null)
                {
                    header = cells;
                    continue;
                }

                if (rows.Count == MaxRows)
                {
                    throw new InvalidDataException("The file has more than 10,000 rows; split it and import the parts.");
                }

                rows.Add(cells);
            }

            if (header is null)
            {
                throw new InvalidDataException("The file is empty.");
            }

            var width = header.Length;
            return new Sheet(header.Select(h => h.Trim()).ToList(), rows.Select(r => r.Length == width ? r : [.. r, .. new string[Math.Max(0, width - r.Length)]]).ToList());
        }
        catch (Exception error) when (error is not InvalidDataException and not OperationCanceledException)
        {
            throw new InvalidDataException("The file could not be read as a spreadsheet. Save it as .xlsx or as CSV (UTF-8) and try again.", error);
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime at => at.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        double number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
