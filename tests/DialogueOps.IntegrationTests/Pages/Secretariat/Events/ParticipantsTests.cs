using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace DialogueOps.IntegrationTests.Pages.Secretariat.Events;

public class ParticipantsTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private async Task<(HttpClient Client, string Url)> SecretariatAsync()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("secretariat"));
        var id = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        return (client, $"/secretariat/events/{id}/participants");
    }

    private static List<string> Names(IDocument page) => page.QuerySelectorAll("#participants tbody tr td:nth-child(3)")
        .Select(td => System.Text.RegularExpressions.Regex.Replace(td.TextContent, @"\s+", " ").Trim()).ToList();

    /// <summary>The page's words in reading order (top to bottom, left to right).</summary>
    private static string ReadingOrder(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords()
        .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
        .OrderByDescending(line => line.Key)
        .SelectMany(line => line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));

    [Theory]
    [InlineData("高", "Prof. Gao Fei · 高飞")]
    [InlineData("gao", "Prof. Gao Fei · 高飞")]
    [InlineData("fei gao", "Prof. Gao Fei · 高飞")]
    [InlineData("nguyen", "Amb. Nguyễn Thị Minh Khai")]
    [InlineData("สมชาย", "Dr. Somchai Jaidee · สมชาย ใจดี")]
    public async Task Search_finds_people_by_any_form_of_their_name(string query, string expected)
    {
        var (client, url) = await SecretariatAsync();

        var page = await client.GetPageAsync($"{url}?q={Uri.EscapeDataString(query)}");

        Assert.Contains(Names(page), n => n.StartsWith(expected, StringComparison.Ordinal));
        Assert.True(Names(page).Count < 5, string.Join(" | ", Names(page)));
    }

    [Fact]
    public async Task The_list_defaults_to_protocol_order_filters_and_pages()
    {
        var (client, url) = await SecretariatAsync();

        var first = await client.GetPageAsync(url);
        var second = await client.GetPageAsync($"{url}?p=2");
        var thai = await client.GetPageAsync($"{url}?country=TH&category=Expert");

        Assert.Equal("61", first.QuerySelector("#total")!.TextContent);
        Assert.Equal(50, Names(first).Count);
        Assert.Equal(11, Names(second).Count);
        var ranks = first.QuerySelectorAll("#participants tbody tr td:nth-child(2)").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.StartsWith("H.E. Sok Chantha", Names(first)[0]);
        Assert.Equal(2, Names(thai).Count);
        var isis = first.QuerySelectorAll("#organization option").First(o => o.TextContent == "ISIS Malaysia").GetAttribute("value");
        Assert.Equal(4, Names(await client.GetPageAsync($"{url}?organization={isis}")).Count);
    }

    [Theory]
    [InlineData("delegate")]
    [InlineData("focalpoint.my")]
    public async Task Delegates_and_focal_points_cannot_open_the_secretariat_list_or_its_exports(string account)
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo(account));
        var (_, url) = await SecretariatAsync();

        foreach (var target in new[] { url, $"{url}?handler=Csv", $"{url}?handler=Badges" })
        {
            var response = await client.GetAsync(target);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task Exports_keep_native_script_names_byte_for_byte()
    {
        var (client, url) = await SecretariatAsync();

        var csv = await client.GetByteArrayAsync($"{url}?handler=Csv&country=KH");
        var xlsx = await client.GetByteArrayAsync($"{url}?handler=Xlsx&country=KH");

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var text = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        Assert.Contains("H.E.,Chantha,Sok,Family name first,សុខ ចាន់ថា,", text);
        Assert.Equal(7, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var sheet = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd()));
        Assert.Contains("សុខ ចាន់ថា", sheet);
        Assert.Contains("ជា សុភាព", sheet);
    }

    /// <summary>One RFC 4180 line: quoted fields may hold commas.</summary>
    private static string[] CsvFields(string line) => System.Text.RegularExpressions.Regex.Matches(line, "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)")
        .Select(m => m.Groups[1].Value is ['"', .. var inner, '"'] ? inner.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups[1].Value).ToArray();

    [Fact]
    public async Task Exports_carry_every_field_the_secretariat_keeps()
    {
        var (client, url) = await SecretariatAsync();

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"{url}?handler=Csv&q=siti"))[1..];

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = CsvFields(lines[0]);
        var siti = CsvFields(lines[1]);
        string Field(string name) => siti[Array.IndexOf(header, name)];
        foreach (var column in new[] { "Phone", "Dietary needs", "Accessibility needs", "Interpretation language", "Arrival (local time)", "Arrival flight",
                     "Departure (local time)", "Departure flight", "Hotel", "Status" })
        {
            Assert.Contains(column, header);
        }

        Assert.Equal("MH376", Field("Arrival flight"));
        Assert.Equal("MH377", Field("Departure flight"));
        Assert.Equal("Hilton Shenzhen Shekou Nanhai", Field("Hotel"));
        Assert.Equal("Confirmed", Field("Status"));
        Assert.Matches(@"^2027-07-0\d \d\d:\d\d$", Field("Arrival (local time)"));
    }

    [Fact]
    public async Task Badges_carry_the_names_and_a_QR_code_with_each_persons_check_in_token()
    {
        var (client, url) = await SecretariatAsync();

        var pdf = await client.GetByteArrayAsync($"{url}?handler=Badges&country=CN");

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Li Wenjun", text);
        Assert.Contains("李文君", text.Replace(" ", "", StringComparison.Ordinal));
        var tokens = await factory.WithDbAsync(db => db.Participants.Where(p => p.Nationality == "CN").Select(p => p.CheckInToken).ToListAsync());
        var decoded = PdfReadBack.QrCodes(pdf, page: 1);
        Assert.Equal(6, decoded.Count);
        Assert.All(decoded, code => Assert.Contains(code, tokens));
    }

    [Fact]
    public async Task The_participant_list_PDF_groups_delegations_in_protocol_order()
    {
        var (client, url) = await SecretariatAsync();

        var pdf = await client.GetByteArrayAsync($"{url}?handler=Pdf");

        using var document = PdfDocument.Open(pdf);
        var first = ReadingOrder(document.GetPage(1));
        Assert.StartsWith("List of participants", first);
        Assert.True(first.IndexOf("Cambodia · 柬埔寨", StringComparison.Ordinal) < first.IndexOf("China · 中国 (7)", StringComparison.Ordinal));
        Assert.True(first.IndexOf("Sok Chantha", StringComparison.Ordinal) < first.IndexOf("Chea Sopheap", StringComparison.Ordinal));
        Assert.Contains($"Page 1 of {document.NumberOfPages}", first);
    }

    [Fact]
    public async Task The_printed_list_leaves_out_cancelled_people_and_marks_anyone_not_yet_confirmed()
    {
        var (client, url) = await SecretariatAsync();
        var (waitlisted, cancelled) = await factory.WithDbAsync(async db =>
        {
            var two = await db.Participants.Where(p => p.Nationality == "LA").OrderBy(p => p.Id).Take(2).ToListAsync();
            await db.Participants.Where(p => p.Id == two[0].Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Status, DialogueOps.Domain.Delegations.ParticipantStatus.Waitlisted));
            await db.Participants.Where(p => p.Id == two[1].Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Status, DialogueOps.Domain.Delegations.ParticipantStatus.Cancelled));
            return (two[0].FamilyName, two[1].FamilyName);
        });

        var pdf = await client.GetByteArrayAsync($"{url}?handler=Pdf");

        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(ReadingOrder));
        var at = text.IndexOf(waitlisted, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{waitlisted} is missing");
        Assert.Contains("Waitlisted · 候补", text[at..], StringComparison.Ordinal);
        Assert.DoesNotContain(cancelled, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Name_cards_give_each_confirmed_person_a_folded_sheet_with_the_name_on_both_halves()
    {
        var (client, url) = await SecretariatAsync();

        var pdf = await client.GetByteArrayAsync($"{url}?handler=NameCards&country=TH");

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(6, document.NumberOfPages);
        var page = document.GetPage(1);
        Assert.True(page.Width > page.Height);
        // The big "J" of Jaidee, once upright on the lower half and once upside down on the upper half.
        var initials = page.Letters.Where(l => l.Value == "J" && l.PointSize > 40).ToList();
        Assert.Equal(2, initials.Count);
        Assert.True(initials.Max(l => l.StartBaseLine.Y) > page.Height / 2 && initials.Min(l => l.StartBaseLine.Y) < page.Height / 2);
    }
}
