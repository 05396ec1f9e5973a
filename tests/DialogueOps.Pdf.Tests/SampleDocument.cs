using DialogueOps.Pdf;

namespace DialogueOps.Pdf.Tests;

/// <summary>
/// The reference document for tests, the benchmark and reviewers: a co-hosted letterhead, bilingual paragraphs,
/// names in six scripts, a 60-row table that breaks across pages with its header repeated, a verification QR code,
/// a two-signatory block and "Page X of Y".
/// </summary>
public sealed class SampleDocument(int rows = 60, DateTime? created = null) : IDocument
{
    public const string MixedNames = "Dr. 高飞 (Gao Fei) — สมชาย ใจดี — Nguyễn Thị Minh Khai — សុខ ចាន់ថា — ສົມພອນ ພົມມະວົງ — ကျော်ကျော်";

    public static readonly (string Name, string Native, string Country, string Organization)[] People =
    [
        ("Gao Fei", "高飞", "China", "China Foreign Affairs University"),
        ("Somchai Jaidee", "สมชาย ใจดี", "Thailand", "Thailand Development Research Institute"),
        ("Nguyễn Thị Minh Khai", "Nguyễn Thị Minh Khai", "Viet Nam", "Diplomatic Academy of Vietnam"),
        ("Sok Chantha", "សុខ ចាន់ថា", "Cambodia", "Ministry of Post and Telecommunications"),
        ("Somphone Phommavong", "ສົມພອນ ພົມມະວົງ", "Lao PDR", "Institute of Foreign Affairs"),
        ("Kyaw Kyaw", "ကျော်ကျော်", "Myanmar", "Myanmar ISIS"),
        ("Siti Rahman", "", "Malaysia", "ISIS Malaysia"),
        ("Dewi Fortuna", "", "Indonesia", "CSIS Indonesia"),
    ];

    public DocumentMetadata GetMetadata() => new()
    {
        Title = "China–ASEAN AI Policy Dialogue — sample",
        Author = "DialogueOps",
        Subject = "Letterhead, bilingual text, participant table, verification QR",
        CreationDate = created,
    };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(50, 40, 50, 40);
        page.DefaultTextStyle(s => s.FontSize(10));
        page.Header().Element(ComposeHeader);
        page.Content().PaddingVertical(12).Element(ComposeContent);
        page.Footer().Element(ComposeFooter);
    });

    private static void ComposeHeader(IContainer container) => container.BorderBottom(1, Colors.Grey300).PaddingBottom(8).Row(row =>
    {
        row.RelativeItem().Column(column =>
        {
            column.Item().Text("Asia Research Institute, China Foreign Affairs University", s => s.Bold().FontSize(10));
            column.Item().Text("外交学院亚洲研究所", s => s.FontSize(9).FontColor("#555555"));
        });
        row.ConstantItem(20);
        row.RelativeItem().Column(column =>
        {
            column.Item().AlignRight().Text("Institute of Strategic and International Studies (ISIS) Malaysia", s => s.Bold().FontSize(10)).AlignRight();
            column.Item().AlignRight().Text("Kuala Lumpur", s => s.FontSize(9).FontColor("#555555"));
        });
    });

    private void ComposeContent(IContainer container) => container.Column(column =>
    {
        column.Spacing(8);
        column.Item().Text("China–ASEAN Think Tank Network AI Policy Dialogue", s => s.FontSize(16).Bold().FontColor("#0b4f6c"));
        column.Item().Text("中国—东盟思想库网络人工智能政策对话", s => s.FontSize(14).Bold().FontColor("#0b4f6c"));
        column.Item().Text(text =>
        {
            text.Span("Qianhai, Shenzhen · 8–9 July 2027 · ");
            text.Span("All times China Standard Time, UTC+8", s => s.Italic());
        });
        column.Item().Text(
            "The dialogue brings together experts and officials from ten countries to compare national approaches to the governance " +
            "of artificial intelligence and to identify areas where regional cooperation can add value: data governance, AI safety " +
            "evaluation, and capacity building for public institutions. Its outcome summary informs the next leaders' summit.");
        column.Item().Text(
            "本次对话汇集来自十个国家的专家和官员，比较各国人工智能治理的做法，探讨区域合作能够发挥作用的领域：数据治理、人工智能安全评估以及公共机构的能力建设。" +
            "对话成果摘要将为下一届领导人会议提供参考。");
        column.Item().Background(Colors.Grey100).Padding(6).Text(MixedNames);
        column.Item().PaddingTop(4).Text("Participants", s => s.FontSize(12).Bold());
        column.Item().Table(table =>
        {
            table.ColumnsDefinition(columns =>
            {
                columns.ConstantColumn(28);
                columns.RelativeColumn(3);
                columns.RelativeColumn(2);
                columns.RelativeColumn(4);
            });
            table.Header(header =>
            {
                foreach (var title in new[] { "#", "Name / 姓名", "Country", "Organization" })
                {
                    header.Cell().Background("#0b4f6c").Padding(4).Text(title, s => s.Bold().FontColor("#ffffff"));
                }
            });
            for (var i = 0; i < rows; i++)
            {
                var person = People[i % People.Length];
                var fill = i % 2 == 0 ? Colors.White : Colors.Grey100;
                table.Cell().Background(fill).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text($"{i + 1}");
                table.Cell().Background(fill).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(text =>
                {
                    text.Span(person.Name);
                    if (person.Native.Length > 0 && person.Native != person.Name)
                    {
                        text.Span($"  {person.Native}", s => s.FontColor("#555555"));
                    }
                });
                table.Cell().Background(fill).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(person.Country);
                table.Cell().Background(fill).BorderBottom(0.5f, Colors.Grey300).Padding(4).Text(person.Organization);
            }

            table.Cell().ColumnSpan(4).Padding(4).Text($"{rows} participants", s => s.Italic().FontColor("#555555")).AlignRight();
        });
        column.Item().ShowEntire().PaddingTop(12).Row(row =>
        {
            row.ConstantItem(90).Column(qr =>
            {
                qr.Item().Width(80).QrCode("https://dialogueops.example/verify/3f9a1c2e7b5d4e6f8a0b1c2d3e4f5a6b");
                qr.Item().Text("Verify: QH-2027-0042", s => s.FontSize(7));
            });
            row.RelativeItem().Element(c => Signature(c, "Prof. Gao Fei", "Director, Asia Research Institute", "高飞"));
            row.RelativeItem().Element(c => Signature(c, "Dato' Farah Aziz", "Chief Executive, ISIS Malaysia", null));
        });
    });

    private static void Signature(IContainer container, string name, string title, string? native) => container.PaddingTop(30).Column(column =>
    {
        column.Item().PaddingHorizontal(10).LineHorizontal(0.75f, Colors.Grey600);
        column.Item().AlignCenter().Text(native is null ? name : $"{name} {native}", s => s.Bold());
        column.Item().AlignCenter().Text(title, s => s.FontSize(8.5f).FontColor("#555555"));
    });

    private static void ComposeFooter(IContainer container) => container.BorderBottom(0, Colors.White).Row(row =>
    {
        row.RelativeItem().Text("DialogueOps · 前海, 深圳", s => s.FontSize(8).FontColor("#757575"));
        row.AutoItem().Text(text =>
        {
            text.DefaultStyle(s => s.FontSize(8).FontColor("#757575"));
            text.Span("Page ");
            text.CurrentPageNumber();
            text.Span(" of ");
            text.TotalPages();
        });
    });
}
