using System.IO.Compression;
using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace DialogueOps.IntegrationTests.Pages.Secretariat.Events;

public class PrintPackTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task The_print_pack_is_built_in_the_background_and_its_zip_holds_every_document_each_opening_as_a_pdf()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        var secretariat = factory.CreateBrowser();
        await secretariat.SignInAsync(Browser.Demo("secretariat"));
        var url = $"/secretariat/events/{eventId}/print-pack";
        var before = await secretariat.GetPageAsync(url);
        Assert.Equal(5 + 3 * 2, before.QuerySelectorAll("#planned li").Length);  // five documents and two per site visit; no summary yet
        await factory.WithDbAsync(db =>
        {
            var summary = new DialogueOps.Domain.Outcomes.OutcomeSummary(eventId);
            summary.WriteIntroduction("Published before the pack was printed.");
            summary.Publish(DateTime.UtcNow, DateTime.MinValue);
            db.OutcomeSummaries.Add(summary);
            return db.SaveChangesAsync();
        });
        before = await secretariat.GetPageAsync(url);
        Assert.Contains("08-outcome-summary.pdf", before.QuerySelector("#planned")!.TextContent, StringComparison.Ordinal);

        var started = await secretariat.SubmitAsync(before, "#prepare-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var progressUrl = (await secretariat.GetPageAsync(started.Headers.Location!.OriginalString)).QuerySelector("#job-progress")!.GetAttribute("data-progress-url")!;
        for (var i = 0; i < 600 && !(await (await secretariat.GetAsync(progressUrl)).Content.ReadAsStringAsync()).Contains("\"finished\":true", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }

        var done = await secretariat.GetPageAsync(started.Headers.Location!.OriginalString);
        var download = await secretariat.GetAsync(done.QuerySelector("#download")!.GetAttribute("href"));
        Assert.Equal("application/zip", download.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await download.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(
            ["00-contents.txt", "01-agenda.pdf", "02-participants-by-delegation.pdf", "03-badges.pdf", "04-name-cards.pdf", "05-visa-letter-register.pdf", "08-outcome-summary.pdf"],
            names.Where(n => !n.StartsWith("06", StringComparison.Ordinal) && !n.StartsWith("07", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(3, names.Count(n => n.StartsWith("06-site-visit-", StringComparison.Ordinal) && n.EndsWith("-manifest.pdf", StringComparison.Ordinal)));
        Assert.Equal(3, names.Count(n => n.StartsWith("07-site-visit-", StringComparison.Ordinal) && n.EndsWith("-bus-lists.pdf", StringComparison.Ordinal)));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            using var buffer = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(buffer);
            }

            using var pdf = PdfDocument.Open(buffer.ToArray());
            Assert.True(pdf.NumberOfPages > 0, entry.FullName);
            if (entry.FullName == "05-visa-letter-register.pdf")
            {
                var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
                var requested = await factory.WithDbAsync(db => db.VisaLetterRequests.Select(r => r.NameAsInPassport).ToListAsync());
                Assert.NotEmpty(requested);
                Assert.All(requested, name => Assert.Contains(name, text, StringComparison.Ordinal));
                Assert.All(new[] { "C1234567", "AA1234567", "P1234567A" }, number => Assert.DoesNotContain(number, text, StringComparison.Ordinal));
            }
        }

        using var contents = new StreamReader(zip.GetEntry("00-contents.txt")!.Open());
        Assert.DoesNotContain("MISSING", await contents.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delegate_cannot_start_or_download_a_print_pack()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        var delegate_ = factory.CreateBrowser();
        await delegate_.SignInAsync(Browser.Demo("delegate"));

        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.GetAsync($"/secretariat/events/{eventId}/print-pack")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.GetAsync($"/secretariat/events/{eventId}/print-pack?handler=Download&run=1")).StatusCode);
    }
}
