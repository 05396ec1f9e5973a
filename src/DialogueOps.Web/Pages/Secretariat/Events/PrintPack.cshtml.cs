using System.Globalization;
using System.IO.Compression;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Jobs;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Pages.Secretariat;
using DialogueOps.Web.Resources;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.PrintPack;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>One button for everything the secretariat prints: the ZIP is built in the background with a progress bar, then downloaded.</summary>
public class PrintPackModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IBackgroundJobClient jobs,
    UserManager<Domain.Identity.ApplicationUser> users, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    public int EventId { get; private set; }
    public string EventTitle { get; private set; } = "";
    public JobRun? Run { get; private set; }
    public IReadOnlyList<string> Planned { get; private set; } = [];
    public IReadOnlyList<string> Packed { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public string? PackedName { get; private set; }
    public long PackedLength { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? run, CancellationToken ct)
    {
        var ev = currentEvent.Event;
        EventId = id;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, CultureInfo.CurrentUICulture);
        Zone = ev.Zone;
        Planned = (await PrintPackJob.PlanAsync(db, id, users.GetUserId(User)!, ct)).Select(i => i.FileName).ToList();
        var runs = db.JobRuns.AsNoTracking().Where(j => j.EventId == id && j.Kind == PrintPackJob.Kind);
        Run = run is { } chosen ? await runs.SingleOrDefaultAsync(j => j.Id == chosen, ct) : await runs.OrderByDescending(j => j.Id).FirstOrDefaultAsync(ct);
        if (Run is { IsFinished: true })
        {
            var file = await db.JobRunFiles.AsNoTracking().Where(f => f.JobRunId == Run.Id).SingleOrDefaultAsync(ct);
            if (file is not null)
            {
                PackedName = file.FileName;
                PackedLength = file.Length;
                using var zip = new ZipArchive(new MemoryStream(file.Content), ZipArchiveMode.Read);
                Packed = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var ev = currentEvent.Event;
        var running = await db.JobRuns.AsNoTracking().Where(j => j.EventId == id && j.Kind == PrintPackJob.Kind && j.FinishedAt == null)
            .OrderByDescending(j => j.Id).FirstOrDefaultAsync(ct);
        if (running is not null)
        {
            StatusMessage = localizer["A print pack is being prepared already; it is shown below."];
            return RedirectToPage(new { id, run = running.Id });
        }

        var userId = users.GetUserId(User)!;
        var planned = await PrintPackJob.PlanAsync(db, id, userId, ct);
        var jobRun = new JobRun(id, PrintPackJob.Kind, planned.Count, userId, clock.GetUtcNow().UtcDateTime);
        db.JobRuns.Add(jobRun);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<PrintPackJob>(job => job.RunAsync(jobRun.Id, userId, CancellationToken.None));
        StatusMessage = localizer["Preparing the print pack: {0} documents.", planned.Count];
        return RedirectToPage(new { id, run = jobRun.Id });
    }

    /// <summary>Polled by the progress bar.</summary>
    public async Task<IActionResult> OnGetProgressAsync(int id, int run)
    {
        var ev = currentEvent.Event;
        var job = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(j => j.Id == run && j.EventId == id && j.Kind == PrintPackJob.Kind);
        return job is null ? NotFound() : new JsonResult(new { job.Total, job.Completed, job.Failed, job.Percent, finished = job.IsFinished, job.LastError });
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id, int run, CancellationToken ct)
    {
        var ev = currentEvent.Event;
        var file = await db.JobRunFiles.AsNoTracking()
            .Where(f => f.JobRunId == run && db.JobRuns.Any(j => j.Id == run && j.EventId == id && j.Kind == PrintPackJob.Kind))
            .SingleOrDefaultAsync(ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
