using DialogueOps.Pdf.Tests;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Playwright;
using QRCoder;

namespace DialogueOps.Pdf.Bench;

/// <summary>
/// A plain Stopwatch harness (one process, one thread for the timed loops): the two-page sample document through
/// DialogueOps.Pdf, and the same content as HTML printed to PDF by headless Chromium through Playwright, warm, in the same run.
/// </summary>
internal static class Benchmark
{
    private const int Rows = 30;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(a => double.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(10);
        var skipChromium = args.Contains("--skip-chromium");
        var created = new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc);

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        var sample = new SampleDocument(Rows, created).GeneratePdf();
        Console.WriteLine($"document: sample with {Rows} table rows, {CountPages(sample)} pages, {sample.Length / 1024.0:0.0} KB");

        // Warm-up, then a timed loop on one thread.
        for (var i = 0; i < 20; i++)
        {
            new SampleDocument(Rows, created).GeneratePdf();
        }

        var (count, elapsed, allocated) = Loop(seconds, () => new SampleDocument(Rows, created).GeneratePdf());
        var skiaMs = elapsed.TotalMilliseconds / count;
        Console.WriteLine($"DialogueOps.Pdf: {count} documents in {elapsed.TotalSeconds:0.0} s = {skiaMs:0.00} ms each, " +
                          $"{60_000 / skiaMs:0} documents/minute on one core, {allocated / count / 1024.0 / 1024.0:0.0} MB allocated per document, " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");

        if (skipChromium)
        {
            return 0;
        }

        var html = SampleHtml();
        var folder = Directory.CreateTempSubdirectory("dialogueops-bench").FullName;
        var page = Path.Combine(folder, "sample.html");
        await File.WriteAllTextAsync(page, html);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var tab = await browser.NewPageAsync();
        async Task<byte[]> PrintAsync()
        {
            await tab.GotoAsync(new Uri(page).AbsoluteUri);
            // Print only once the web fonts are in, or regular text comes out blank.
            await tab.EvaluateAsync("document.fonts.ready.then(() => document.fonts.size)");
            return await tab.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = "<div style='font-size:8px;width:100%;text-align:right;margin-right:50px;color:#757575'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></div>",
                Margin = new Margin { Top = "40px", Bottom = "50px", Left = "50px", Right = "50px" } });
        }

        var chromiumPdf = await PrintAsync();
        for (var i = 0; i < 3; i++)
        {
            await PrintAsync();
        }

        var watch = Stopwatch.StartNew();
        var printed = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            await PrintAsync();
            printed++;
        }

        var chromiumMs = watch.Elapsed.TotalMilliseconds / printed;

        // The same browser printing the already loaded page again: Chromium's best case (no parsing, no font loading).
        watch.Restart();
        var reprinted = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            await tab.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
            reprinted++;
        }

        var reprintMs = watch.Elapsed.TotalMilliseconds / reprinted;
        if (args.SkipWhile(a => a != "--chromium-pdf").Skip(1).FirstOrDefault() is { } chromiumOut)
        {
            await File.WriteAllBytesAsync(chromiumOut, chromiumPdf);
        }

        Console.WriteLine($"Chromium (Playwright, warm browser, same content as HTML): {printed} documents = {chromiumMs:0.0} ms each, " +
                          $"{60_000 / chromiumMs:0} documents/minute, {chromiumPdf.Length / 1024.0:0.0} KB, {CountPages(chromiumPdf)} pages");
        Console.WriteLine($"Chromium printing the already loaded page again: {reprinted} documents = {reprintMs:0.0} ms each");
        Console.WriteLine($"ratio: DialogueOps.Pdf is {chromiumMs / skiaMs:0.0}× faster than Chromium load+print, {reprintMs / skiaMs:0.0}× faster than print alone");
        return 0;
    }

    private static (int Count, TimeSpan Elapsed, long Allocated) Loop(double seconds, Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            action();
            count++;
        }

        return (count, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static int CountPages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)").Count;

    /// <summary>The sample's content as HTML, with the same fonts (from fonts/) and a vector QR code.</summary>
    private static string SampleHtml()
    {
        var fonts = Path.GetDirectoryName(Fonts.FontLibrary.Default.Fonts.First().Path)!;
        string Face(string family, string file, int weight) =>
            $"@font-face{{font-family:'{family}';src:url('{new Uri(Path.Combine(fonts, file)).AbsoluteUri}');font-weight:{weight};}}";
        var faces = string.Concat(
            Face("Noto Sans", "NotoSans_400Regular.ttf", 400), Face("Noto Sans", "NotoSans_700Bold.ttf", 700),
            Face("Noto Sans SC", "NotoSansSC_400Regular.ttf", 400), Face("Noto Sans SC", "NotoSansSC_700Bold.ttf", 700),
            Face("Noto Sans Thai", "NotoSansThai_400Regular.ttf", 400), Face("Noto Sans Khmer", "NotoSansKhmer_400Regular.ttf", 400),
            Face("Noto Sans Lao", "NotoSansLao_400Regular.ttf", 400), Face("Noto Sans Myanmar", "NotoSansMyanmar_400Regular.ttf", 400));
        using var generator = new QRCodeGenerator();
        using var qrData = generator.CreateQrCode("https://dialogueops.example/verify/3f9a1c2e7b5d4e6f8a0b1c2d3e4f5a6b", QRCodeGenerator.ECCLevel.M);
        var qr = new SvgQRCode(qrData).GetGraphic(2);
        var rows = new StringBuilder();
        for (var i = 0; i < Rows; i++)
        {
            var p = SampleDocument.People[i % SampleDocument.People.Length];
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>{i + 1}</td><td>{WebUtility.HtmlEncode(p.Name)} <span class=n>{WebUtility.HtmlEncode(p.Native == p.Name ? "" : p.Native)}</span></td><td>{p.Country}</td><td>{WebUtility.HtmlEncode(p.Organization)}</td></tr>");
        }

        return $$"""
            <!doctype html><html><head><meta charset="utf-8"><style>
            {{faces}}
            body{font-family:'Noto Sans','Noto Sans SC','Noto Sans Thai','Noto Sans Khmer','Noto Sans Lao','Noto Sans Myanmar';font-size:10pt;margin:0}
            header{display:flex;justify-content:space-between;border-bottom:1px solid #e0e0e0;padding-bottom:8px}
            h1{font-size:16pt;color:#0b4f6c;margin:12px 0 4px} h2{font-size:14pt;color:#0b4f6c;margin:4px 0}
            table{width:100%;border-collapse:collapse} thead{display:table-header-group} th{background:#0b4f6c;color:#fff;text-align:left;padding:4px}
            td{padding:4px;border-bottom:.5px solid #e0e0e0} tr:nth-child(even) td{background:#f5f5f5} tr{break-inside:avoid} .n{color:#555}
            .sig{display:flex;gap:20px;break-inside:avoid;margin-top:12px} .sig div{flex:1;text-align:center;border-top:.75px solid #757575;margin-top:30px}
            </style></head><body>
            <header><div><b>Asia Research Institute, China Foreign Affairs University</b><br>外交学院亚洲研究所</div><div style="text-align:right"><b>Institute of Strategic and International Studies (ISIS) Malaysia</b><br>Kuala Lumpur</div></header>
            <h1>China–ASEAN Think Tank Network AI Policy Dialogue</h1><h2>中国—东盟思想库网络人工智能政策对话</h2>
            <p>Qianhai, Shenzhen · 8–9 July 2027 · <i>All times China Standard Time, UTC+8</i></p>
            <p>The dialogue brings together experts and officials from ten countries to compare national approaches to the governance of artificial intelligence and to identify areas where regional cooperation can add value: data governance, AI safety evaluation, and capacity building for public institutions. Its outcome summary informs the next leaders' summit.</p>
            <p>本次对话汇集来自十个国家的专家和官员，比较各国人工智能治理的做法，探讨区域合作能够发挥作用的领域：数据治理、人工智能安全评估以及公共机构的能力建设。对话成果摘要将为下一届领导人会议提供参考。</p>
            <p style="background:#f5f5f5;padding:6px">{{WebUtility.HtmlEncode(SampleDocument.MixedNames)}}</p>
            <h3>Participants</h3>
            <table><thead><tr><th>#</th><th>Name / 姓名</th><th>Country</th><th>Organization</th></tr></thead><tbody>{{rows}}</tbody></table>
            <div class="sig"><span style="width:80px">{{qr}}<br><small>Verify: QH-2027-0042</small></span><div><b>Prof. Gao Fei 高飞</b><br><small>Director, Asia Research Institute</small></div><div><b>Dato' Farah Aziz</b><br><small>Chief Executive, ISIS Malaysia</small></div></div>
            </body></html>
            """;
    }
}
