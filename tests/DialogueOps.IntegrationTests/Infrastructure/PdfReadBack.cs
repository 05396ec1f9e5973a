using System.Diagnostics;

namespace DialogueOps.IntegrationTests.Infrastructure;

/// <summary>Decodes the QR codes of a PDF page with poppler's pdftoppm and zbar's zbarimg (installed by scripts/test.sh).</summary>
public static class PdfReadBack
{
    public static IReadOnlyList<string> QrCodes(byte[] pdf, int page)
    {
        var folder = Directory.CreateTempSubdirectory("dialogueops-qr").FullName;
        var file = Path.Combine(folder, "doc.pdf");
        File.WriteAllBytes(file, pdf);
        Run("pdftoppm", $"-png -r 200 -f {page} -l {page} -singlefile \"{file}\" \"{Path.Combine(folder, "page")}\"");
        return Run("zbarimg", $"--quiet --raw \"{Path.Combine(folder, "page.png")}\"").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{tool} failed: {process.StandardError.ReadToEnd()}");
    }
}
