using System.IO.Compression;
using System.Text;
using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Jobs;
using DialogueOps.Domain.Outcomes;
using DialogueOps.Pdf;
using DialogueOps.Web.Infrastructure.Privacy;
using DialogueOps.Web.Pages.Events;
using DialogueOps.Web.Pages.Outcomes;
using DialogueOps.Web.Pages.Secretariat;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using DialogueOps.Web.Features.Agenda;
using DialogueOps.Web.Features.Outcomes;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.SiteVisits;

namespace DialogueOps.Web.Features.PrintPack;

/// <summary>
/// Everything the secretariat prints for the event, in one ZIP built in the background: each document is counted on
/// the page's progress bar as it is done; one that fails is listed in the ZIP's contents file, the rest still come.
/// The ZIP is stored with the run, so a retry after a crash does not build a second one.
/// </summary>
public sealed class PrintPackJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PrintPackJob> logger)
{
    public const string Kind = "print-pack";

    public sealed record Item(string FileName, Func<IServiceProvider, CancellationToken, Task<byte[]>> Build);

    /// <summary>The files of the pack as they stand now; the page counts them before the job starts.</summary>
    public static async Task<IReadOnlyList<Item>> PlanAsync(DialogueOpsDbContext db, int eventId, string userId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
        var visits = await db.SiteVisits.AsNoTracking().Where(v => v.EventId == eventId).OrderBy(v => v.StartsAt).ThenBy(v => v.Title)
            .Select(v => new { v.Id, v.Title }).ToListAsync(ct);
        var published = await db.OutcomeSummaries.AnyAsync(s => s.EventId == eventId && s.Status == OutcomeSummaryStatus.Published, ct);

        var items = new List<Item>
        {
            new("01-agenda.pdf", async (services, _) =>
                new AgendaDocument((await AgendaData.LoadAsync(Db(services), ev.Slug))!, Now(services)).GeneratePdf()),
            new("02-participants-by-delegation.pdf", async (services, _) =>
                new ParticipantListDocument(ev.Title, ev.LocalTitle, await ParticipantsAsync(services, eventId, confirmedOnly: true), Now(services), ev.Zone).GeneratePdf()),
            new("03-badges.pdf", async (services, _) =>
                new BadgeSheetDocument(ev.Title, ev.LocalTitle, await ParticipantsAsync(services, eventId, confirmedOnly: true), Now(services)).GeneratePdf()),
            new("04-name-cards.pdf", async (services, _) =>
                new NameCardsDocument(ev.Title, await ParticipantsAsync(services, eventId, confirmedOnly: true), Now(services)).GeneratePdf()),
            new("05-visa-letter-register.pdf", async (services, token) =>
                new VisaLetterRegisterDocument(ev.Title, await RegisterAsync(Db(services), eventId, token), ev.Zone, Now(services)).GeneratePdf()),
        };
        foreach (var (visit, index) in visits.Select((v, i) => (v, i + 1)))
        {
            var slug = $"{index:00}-{Slug(visit.Title)}";
            items.Add(new($"06-site-visit-{slug}-manifest.pdf", async (services, token) =>
                new SecurityManifestDocument((await ManifestAsync(services, eventId, visit.Id, userId, token))!, Now(services)).GeneratePdf()));
            items.Add(new($"07-site-visit-{slug}-bus-lists.pdf", async (services, token) =>
                new BusListDocument((await ManifestAsync(services, eventId, visit.Id, userId, token))!, Now(services)).GeneratePdf()));
        }

        if (published)
        {
            items.Add(new("08-outcome-summary.pdf", async (services, token) =>
                new OutcomeSummaryDocument((await OutcomeReport.LoadAsync(Db(services), ev.Slug, token))!, Now(services)).GeneratePdf()));
        }

        return items.OrderBy(i => i.FileName, StringComparer.Ordinal).ToList();
    }

    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync(int runId, string userId, CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (await Db(scope.ServiceProvider).JobRunFiles.AnyAsync(f => f.JobRunId == runId, ct))
            {
                return;  // A retry after the ZIP was stored: nothing left to do.
            }
        }

        int eventId;
        IReadOnlyList<Item> items;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = Db(scope.ServiceProvider);
            var run = await db.JobRuns.SingleAsync(r => r.Id == runId, ct);
            eventId = run.EventId;
            items = await PlanAsync(db, eventId, userId, ct);
            run.Resize(items.Count);
            run.Progress(0, 0, null);
            await db.SaveChangesAsync(ct);
        }

        using var zipped = new MemoryStream();
        var contents = new StringBuilder().AppendLine($"Print pack, prepared {clock.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm} UTC").AppendLine();
        int completed = 0, failed = 0;
        string? lastError = null;
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var item in items)
            {
                // A fresh scope per document: one failure leaves nothing tracked behind for the next.
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    var bytes = await item.Build(scope.ServiceProvider, ct);
                    var entry = zip.CreateEntry(item.FileName, CompressionLevel.Optimal);
                    await using (var stream = entry.Open())
                    {
                        await stream.WriteAsync(bytes, ct);
                    }

                    contents.AppendLine($"{item.FileName}  ({bytes.Length / 1024 + 1} KB)");
                    completed++;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    failed++;
                    lastError = "A document of the print pack could not be produced.";
                    contents.AppendLine($"{item.FileName}  MISSING: {error.Message}");
                    logger.LogError(error, "Print pack {RunId}: {File} failed", runId, item.FileName);
                }

                await ReportAsync(runId, completed, failed, lastError, ct);
            }

            var readme = zip.CreateEntry("00-contents.txt");
            await using (var writer = new StreamWriter(readme.Open(), new UTF8Encoding(false)))
            {
                await writer.WriteAsync(contents.ToString());
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = Db(scope.ServiceProvider);
            var slug = await db.Events.Where(e => e.Id == eventId).Select(e => e.Slug).SingleAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            db.JobRunFiles.Add(new JobRunFile(runId, $"{slug}-print-pack-{now:yyyyMMdd-HHmm}.zip", "application/zip", zipped.ToArray(), now));
            var run = await db.JobRuns.SingleAsync(r => r.Id == runId, ct);
            run.Progress(completed, failed, lastError);
            run.Finish(now);
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task ReportAsync(int runId, int completed, int failed, string? lastError, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = Db(scope.ServiceProvider);
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(r => r
            .SetProperty(x => x.Completed, completed).SetProperty(x => x.Failed, failed).SetProperty(x => x.LastError, x => lastError ?? x.LastError), ct);
    }

    private static DialogueOpsDbContext Db(IServiceProvider services) => services.GetRequiredService<DialogueOpsDbContext>();

    private static DateTime Now(IServiceProvider services) => services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    private static async Task<List<ParticipantRow>> ParticipantsAsync(IServiceProvider services, int eventId, bool confirmedOnly)
    {
        var rows = await ParticipantList.LoadAsync(Db(services), eventId, new ParticipantFilter(null, null, null, null, null, ParticipantSort.Country));
        return confirmedOnly ? rows.Where(r => r.Status == ParticipantStatus.Confirmed).ToList() : rows;
    }

    /// <summary>Without passport numbers: the pack is printed and filed; the host gets numbers only by the audited email.</summary>
    private static Task<ManifestData?> ManifestAsync(IServiceProvider services, int eventId, int visitId, string userId, CancellationToken ct) =>
        ManifestData.LoadAsync(Db(services), services.GetRequiredService<PassportVault>(), eventId, visitId, userId, showPassportNumbers: false, ct);

    private static Task<List<RegisterEntry>> RegisterAsync(DialogueOpsDbContext db, int eventId, CancellationToken ct) =>
        db.VisaLetterRequests.AsNoTracking().Where(r => r.EventId == eventId)
            .OrderBy(r => r.ReferenceSequence == null).ThenBy(r => r.ReferenceSequence).ThenBy(r => r.NameAsInPassport)
            .Select(r => new RegisterEntry(r.ReferenceNumber, r.NameAsInPassport, r.Nationality, r.Status, r.SubmittedAt, r.IssuedAt, r.RevokedAt))
            .ToListAsync(ct);

    private static string Slug(string title)
    {
        var slug = new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-');
    }
}
