using System.Diagnostics;
using UglyToad.PdfPig;

namespace DialogueOps.Pdf.Tests;

/// <summary>Reads generated PDFs back: PdfPig for structure, poppler's pdftotext/pdfinfo and zbarimg for what PdfPig cannot.</summary>
internal static class PdfTools
{
    public static string Save(byte[] pdf, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dialogueops-pdf-tests");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public static string[] PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToArray();
    }

    /// <summary>pdftotext honours ActualText, which complex scripts need.</summary>
    public static string PopplerText(byte[] pdf, int? page = null)
    {
        var path = Save(pdf, "text");
        var range = page is null ? "" : $"-f {page} -l {page} ";
        return Run("pdftotext", $"-enc UTF-8 {range}\"{path}\" -");
    }

    public static string PdfInfo(byte[] pdf) => Run("pdfinfo", $"\"{Save(pdf, "info")}\"");

    public static string DecodeQr(byte[] pdf, int page)
    {
        var path = Save(pdf, "qr");
        var png = Path.ChangeExtension(path, null);
        Run("pdftoppm", $"-png -r 150 -f {page} -l {page} -singlefile \"{path}\" \"{png}\"");
        return Run("zbarimg", $"--quiet --raw \"{png}.png\"").Trim();
    }

    public static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        }) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {arguments} failed ({process.ExitCode}): {error}");
        }

        return output;
    }
}

/// <summary>A document built from a lambda, for tests.</summary>
internal sealed class TestDocument(Action<PageDescriptor> page, DateTime? created = null) : IDocument
{
    public DocumentMetadata GetMetadata() => new() { Title = "Test", CreationDate = created ?? new DateTime(2027, 7, 8, 0, 0, 0, DateTimeKind.Utc) };

    public void Compose(IDocumentContainer container) => container.Page(page);
}
