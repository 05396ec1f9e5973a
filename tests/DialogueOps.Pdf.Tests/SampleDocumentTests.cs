using UglyToad.PdfPig;

namespace DialogueOps.Pdf.Tests;

public class SampleDocumentTests
{
    private static readonly byte[] Sample = new SampleDocument(created: new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc)).GeneratePdf();

    [Fact]
    public void The_60_row_table_breaks_across_pages_and_repeats_its_header_on_each()
    {
        var pages = PdfTools.PageTexts(Sample);

        Assert.Equal(3, pages.Length);
        Assert.All(pages, page => Assert.Contains("# Name / 姓名 Country Organization", page));
        Assert.Contains("60 participants", pages[^1]);
        var rowsSeen = pages.SelectMany(p => System.Text.RegularExpressions.Regex.Matches(p, @"(?<=^|\s)(\d{1,2}) (Gao|Somchai|Nguyễn|Sok|Somphone|Kyaw|Siti|Dewi)\b").Select(m => int.Parse(m.Groups[1].Value)));
        Assert.Equal(Enumerable.Range(1, 60), rowsSeen);
    }

    [Fact]
    public void Every_page_says_page_X_of_Y()
    {
        var pages = PdfTools.PageTexts(Sample);

        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Length}", pages[i]);
        }
    }

    [Fact]
    public void Latin_and_Chinese_text_read_back_as_typed()
    {
        var first = PdfTools.PageTexts(Sample)[0];

        Assert.Contains("China–ASEAN Think Tank Network AI Policy Dialogue", first);
        Assert.Contains("中国—东盟思想库网络人工智能政策对话", first.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("数据治理、人工智能安全评估", first.Replace(" ", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("高飞")]
    [InlineData("สมชาย ใจดี")]
    [InlineData("Nguyễn Thị Minh Khai")]
    [InlineData("សុខ ចាន់ថា")]
    [InlineData("ສົມພອນ ພົມມະວົງ")]
    [InlineData("ကျော်ကျော်")]
    public void Every_script_is_extractable_as_its_original_text(string name)
    {
        var text = PdfTools.PopplerText(Sample, page: 1);

        Assert.Contains(name, text);
    }

    [Fact]
    public void Fonts_are_subset_so_the_document_stays_small()
    {
        var twoPages = new SampleDocument(rows: 30, created: new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc)).GeneratePdf();

        Assert.Equal(2, PdfTools.PageTexts(twoPages).Length);
        Assert.True(twoPages.Length < 200 * 1024, $"{twoPages.Length / 1024} KB");
        var fonts = PdfTools.Run("pdffonts", $"\"{PdfTools.Save(twoPages, "fonts")}\"");
        Assert.Contains("NotoSansSC-Regular", fonts);
        Assert.All(fonts.Split('\n').Skip(2).Where(l => l.Length > 0), line => Assert.Matches(@"^[A-Z]{6}\+", line));
    }

    [Fact]
    public void The_QR_code_decodes_to_its_payload()
    {
        Assert.Equal("https://dialogueops.example/verify/3f9a1c2e7b5d4e6f8a0b1c2d3e4f5a6b", PdfTools.DecodeQr(Sample, page: 3));
    }

    [Fact]
    public void Metadata_is_written_and_poppler_opens_the_file_without_errors()
    {
        var info = PdfTools.PdfInfo(Sample);

        Assert.Contains("China–ASEAN AI Policy Dialogue — sample", info);
        Assert.Contains("Author:          DialogueOps", info);
        Assert.Contains("Pages:           3", info);
        using var document = PdfDocument.Open(Sample);
        Assert.Equal("Letterhead, bilingual text, participant table, verification QR", document.Information.Subject);
    }

    [Fact]
    public void Documents_generated_on_many_threads_are_identical_to_one_generated_alone()
    {
        var created = new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        var alone = new SampleDocument(rows: 40, created: created).GeneratePdf();

        var parallel = new byte[8][];
        Parallel.For(0, parallel.Length, i => parallel[i] = new SampleDocument(rows: 40, created: created).GeneratePdf());

        Assert.All(parallel, bytes => Assert.Equal(alone, bytes));
    }
}
