using DialogueOps.Pdf.Fonts;
using SkiaSharp;
using UglyToad.PdfPig;

namespace DialogueOps.Pdf.Tests;

public class TableRowTests
{
    [Fact]
    public void A_table_row_that_fits_on_the_next_page_moves_there_whole()
    {
        var pdf = new TestDocument(page => page.Size(300, 260).Margin(20).Content().Table(table =>
        {
            table.ColumnsDefinition(c => c.RelativeColumn());
            table.Header(h => h.Cell().Text("Header"));
            for (var i = 1; i <= 12; i++)
            {
                table.Cell().PaddingBottom(4).Text($"row{i}-a\nrow{i}-b\nrow{i}-c");
            }
        })).GeneratePdf();

        var pages = PdfTools.PageTexts(pdf);
        Assert.True(pages.Length > 1);
        for (var i = 1; i <= 12; i++)
        {
            var holders = pages.Where(p => p.Contains($"row{i}-", StringComparison.Ordinal)).ToList();
            Assert.Single(holders);
            Assert.Contains($"row{i}-a row{i}-b row{i}-c", holders[0]);
        }

        Assert.All(pages, p => Assert.StartsWith("Header", p));
    }
}
