using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Jobs;
using DialogueOps.Web.Features.Import;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>
/// Participants from a spreadsheet, in four steps on one page: upload (.xlsx or CSV), match the columns, check every row
/// (what will be imported, what will not and why), then import the valid rows in the background with a progress bar and
/// download the rows left out.
/// </summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
public class ImportModel(DialogueOpsDbContext db, CurrentEvent currentEvent, UserManager<ApplicationUser> users, IBackgroundJobClient jobs, TimeProvider clock,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>Rows shown per group in the check; the counts are always complete.</summary>
    public const int Shown = 200;

    [BindProperty(SupportsGet = true)] public int? Upload { get; set; }
    [BindProperty(SupportsGet = true)] public int? Run { get; set; }
    [BindProperty] public ImportField[] Mapping { get; set; } = [];

    /// <summary>Mail each imported person (on by default); off for a list the secretariat will announce itself.</summary>
    [BindProperty] public bool Invite { get; set; } = true;

    public int EventId => currentEvent.Id;
    public string EventTitle => currentEvent.Title;
    public Sheet? Sheet { get; private set; }
    public string? UploadName { get; private set; }
    public IReadOnlyList<RowCheck>? Checks { get; private set; }
    public JobRun? Job { get; private set; }
    public bool HasRejectedFile { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (Run is { } run)
        {
            Job = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(j => j.Id == run && j.EventId == id && j.Kind == ImportParticipantsJob.Kind);
            if (Job is null)
            {
                return NotFound();
            }

            HasRejectedFile = await db.JobRunFiles.AnyAsync(f => f.JobRunId == run);
            return Page();
        }

        if (Upload is not null && !await LoadUploadAsync(id))
        {
            return NotFound();
        }

        Mapping = Sheet is null ? [] : ImportPlan.Guess(Sheet.Header);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", L["Choose a file to upload."]);
            return Page();
        }

        if (!Sheet.IsSpreadsheet(file.FileName) || file.Length > MaxUploadBytes)
        {
            ModelState.AddModelError("file", L["Upload an .xlsx or .csv file of at most 10 MB."]);
            return Page();
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        Sheet sheet;
        try
        {
            sheet = Sheet.Read(new MemoryStream(content.ToArray()), file.FileName);
        }
        catch (InvalidDataException error)
        {
            ModelState.AddModelError("file", L[error.Message]);
            return Page();
        }

        if (sheet.Rows.Count == 0)
        {
            ModelState.AddModelError("file", L["The file has a header row but no participants."]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var upload = new JobRun(id, ImportParticipantsJob.UploadKind, sheet.Rows.Count, users.GetUserId(User)!, now);
        upload.Finish(now);
        db.JobRuns.Add(upload);
        await db.SaveChangesAsync(ct);
        db.JobRunFiles.Add(new JobRunFile(upload.Id, Path.GetFileName(file.FileName), file.ContentType ?? "application/octet-stream", content.ToArray(), now));
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id, upload = upload.Id });
    }

    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken ct)
    {
        if (!await LoadUploadAsync(id))
        {
            return NotFound();
        }

        if (ImportPlan.Incomplete(Mapping) is { } missing)
        {
            ModelState.AddModelError("", L[missing]);
            return Page();
        }

        Checks = await ImportPlan.CheckAsync(db, currentEvent.Event, Sheet!, Mapping, ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(int id, CancellationToken ct)
    {
        if (!await LoadUploadAsync(id))
        {
            return NotFound();
        }

        if (ImportPlan.Incomplete(Mapping) is { } missing)
        {
            ModelState.AddModelError("", L[missing]);
            return Page();
        }

        var userId = users.GetUserId(User)!;
        var run = new JobRun(id, ImportParticipantsJob.Kind, Sheet!.Rows.Count, userId, clock.GetUtcNow().UtcDateTime);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
        var mapping = Mapping;
        var upload = Upload!.Value;
        var invite = Invite;
        jobs.Enqueue<ImportParticipantsJob>(job => job.RunAsync(run.Id, upload, mapping, invite, userId, CancellationToken.None));
        return RedirectToPage(new { id, run = run.Id });
    }

    /// <summary>Polled by the progress bar.</summary>
    public async Task<IActionResult> OnGetProgressAsync(int id, int run)
    {
        var job = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(j => j.Id == run && j.EventId == id && j.Kind == ImportParticipantsJob.Kind);
        return job is null ? NotFound() : new JsonResult(new { job.Total, job.Completed, job.Failed, job.Percent, finished = job.IsFinished, job.LastError });
    }

    public async Task<IActionResult> OnGetRejectedAsync(int id, int run, CancellationToken ct)
    {
        var file = await db.JobRunFiles.AsNoTracking()
            .Where(f => f.JobRunId == run && db.JobRuns.Any(j => j.Id == run && j.EventId == id && j.Kind == ImportParticipantsJob.Kind))
            .SingleOrDefaultAsync(ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<bool> LoadUploadAsync(int id)
    {
        if (Upload is not { } upload)
        {
            return false;
        }

        UploadName = await db.JobRunFiles.AsNoTracking().Where(f => f.JobRunId == upload).Select(f => f.FileName).SingleOrDefaultAsync();
        Sheet = UploadName is null ? null : await ImportParticipantsJob.LoadAsync(db, id, upload, HttpContext.RequestAborted);
        if (Sheet is not null && Mapping.Length != Sheet.Header.Count)
        {
            Mapping = ImportPlan.Guess(Sheet.Header);
        }

        return Sheet is not null;
    }
}
