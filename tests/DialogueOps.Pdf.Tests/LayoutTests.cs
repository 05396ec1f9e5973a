using DialogueOps.Pdf.Fonts;
using SkiaSharp;
using UglyToad.PdfPig;

namespace DialogueOps.Pdf.Tests;

public class LayoutTests
{
    [Fact]
    public void A_long_paragraph_continues_on_the_next_page()
    {
        var paragraph = string.Join(" ", Enumerable.Range(1, 900).Select(i => $"word{i}"));

        var pdf = new TestDocument(page => page.Content().Text(paragraph)).GeneratePdf();

        var pages = PdfTools.PageTexts(pdf);
        Assert.True(pages.Length >= 2);
        Assert.Equal(paragraph, string.Join(" ", pages));
    }

    [Fact]
    public void A_table_of_contents_names_the_page_each_section_begins_on_and_links_to_it()
    {
        var filler = string.Join(" ", Enumerable.Range(1, 2500).Select(i => $"w{i}"));
        var pdf = new TestDocument(page => page.Content().Column(c =>
        {
            foreach (var name in new[] { "Alpha", "Beta", "Gamma" })
            {
                c.Item().SectionLink(name).Text(t => t.Span($"{name} at ").PageNumberOfSection(name));
            }

            foreach (var name in new[] { "Alpha", "Beta", "Gamma" })
            {
                c.Item().PageBreak();
                c.Item().Section(name).Text($"{name} begins");
                c.Item().Text(name == "Beta" ? filler : "short");
            }
        })).GeneratePdf();

        var pages = PdfTools.PageTexts(pdf);
        var gamma = Array.FindIndex(pages, p => p.StartsWith("Gamma begins", StringComparison.Ordinal)) + 1;
        Assert.Contains("Alpha at 2", pages[0], StringComparison.Ordinal);
        Assert.Contains("Beta at 3", pages[0], StringComparison.Ordinal);
        Assert.True(gamma > 4, "Beta's filler should push Gamma past page 4");
        Assert.Contains($"Gamma at {gamma}", pages[0], StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(3, document.GetPage(1).GetAnnotations().Count());
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var pdf = new TestDocument(page => page.Content().Column(c =>
        {
            c.Item().Text("first");
            c.Item().PageBreak();
            c.Item().Text("second");
        })).GeneratePdf();

        Assert.Equal(["first", "second"], PdfTools.PageTexts(pdf));
    }

    [Fact]
    public void ShowEntire_moves_a_block_to_the_next_page_rather_than_splitting_it()
    {
        var pdf = new TestDocument(page => page.Size(300, 200).Margin(10).Content().Column(c =>
        {
            c.Item().Height(150).Text("filler");
            c.Item().ShowEntire().Column(block =>
            {
                block.Item().Text("kept line one");
                block.Item().Text("kept line two");
                block.Item().Text("kept line three");
                block.Item().Text("kept line four");
            });
        })).GeneratePdf();

        var pages = PdfTools.PageTexts(pdf);
        Assert.Equal("filler", pages[0]);
        Assert.StartsWith("kept line one", pages[1]);
    }

    [Fact]
    public void An_image_taller_than_the_page_is_refused_with_a_message_naming_it()
    {
        using var bitmap = new SKBitmap(10, 400);
        using var encoded = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        var tall = encoded.ToArray();

        var error = Assert.Throws<LayoutException>(() => new TestDocument(page => page.Size(300, 300).Margin(20).Content().Image(tall)).GeneratePdf());

        Assert.Contains("Image (10×400 px)", error.Message);
        Assert.Contains("does not fit on an empty page", error.Message);
    }

    [Fact]
    public void Chinese_lines_never_start_with_closing_punctuation()
    {
        var text = string.Concat(Enumerable.Repeat("人工智能治理需要合作，数据治理需要规则。", 12));

        var pdf = new TestDocument(page => page.Size(200, 600).Margin(10).Content().Text(text)).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var lines = document.GetPage(1).Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))).ToList();
        Assert.True(lines.Count > 5);
        Assert.All(lines, line => Assert.DoesNotMatch("^[，。、；：！？）]", line));
        Assert.Equal(text, string.Concat(lines));
    }

    [Fact]
    public void Long_unspaced_Thai_breaks_at_cluster_boundaries_inside_the_column()
    {
        var thai = string.Concat(Enumerable.Repeat("การกำกับดูแลปัญญาประดิษฐ์", 8));

        var pdf = new TestDocument(page => page.Size(200, 600).Margin(20).Content().Text(thai)).GeneratePdf();

        var text = PdfTools.PopplerText(pdf).Replace("\n", "", StringComparison.Ordinal).Replace("\f", "", StringComparison.Ordinal);
        Assert.Equal(thai, text.Trim());
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.All(page.Letters, l => Assert.True(l.BoundingBox.Right <= 180.5, $"glyph at {l.BoundingBox.Right}"));
        Assert.True(page.Letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count() > 3);
    }

    [Fact]
    public void Rows_share_width_by_weight_after_constant_items()
    {
        var pdf = new TestDocument(page => page.Size(400, 200).Margin(0).Content().Row(row =>
        {
            row.ConstantItem(100).Text("A");
            row.RelativeItem(1).Text("B");
            row.RelativeItem(2).Text("C");
        })).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var x = document.GetPage(1).Letters.ToDictionary(l => l.Value, l => l.StartBaseLine.X);
        Assert.Equal(0, x["A"], 1);
        Assert.Equal(100, x["B"], 1);
        Assert.Equal(200, x["C"], 1);
    }

    [Fact]
    public void Landscape_letter_and_custom_sizes_are_honoured()
    {
        var pdf = new TestDocument(page => page.Size(PageSizes.Letter.Landscape()).Content().Text("wide")).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(792, document.GetPage(1).Width, 1);
        Assert.Equal(612, document.GetPage(1).Height, 1);
    }

    [Fact]
    public void A_character_no_font_covers_raises_an_error_naming_its_script()
    {
        var latinOnly = Directory.CreateTempSubdirectory("latin-only").FullName;
        File.Copy(Path.Combine(FontFolder(), "NotoSans_400Regular.ttf"), Path.Combine(latinOnly, "NotoSans_400Regular.ttf"));
        var fonts = FontLibrary.Load([latinOnly]);

        var error = Assert.Throws<MissingFontException>(() => new FontsDocument(fonts, "Somchai สมชาย").GeneratePdf());

        Assert.Contains("Thai", error.Message);
        Assert.Contains("Noto Sans Thai", error.Message);
        Assert.Contains("Noto Sans Thai", fonts.MissingFamilies);
    }

    private static string FontFolder() => FontLibrary.Default.Fonts.First().Path is var p ? Path.GetDirectoryName(p)! : "";

    private sealed class FontsDocument(FontLibrary fonts, string text) : IDocument
    {
        public DocumentMetadata GetMetadata() => new() { Fonts = fonts };

        public void Compose(IDocumentContainer container) => container.Page(p => p.Content().Text(text));
    }
}
