using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Jobs;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.Web.Pages.Secretariat;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.VisaLetters;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>The secretariat's queue of visa-letter requests: counts per status, filters, paging, bulk approve and bulk issue.</summary>
public class VisaLettersModel(DialogueOpsDbContext db, CurrentEvent currentEvent, VisaLetterDesk desk, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> L) : PageModel
{
    public const int PageSize = 50;

    /// <param name="HolderGone">An issued letter whose holder cancelled or was declined: revoke it (the verification page already says "not valid").</param>
    public sealed record Row(int Id, string NameAsInPassport, string ParticipantName, string Nationality, VisaLetterStatus Status, DateTime SubmittedAt, string? Reference, bool HolderGone = false);

    public int EventId { get; private set; }
    public string EventTitle { get; private set; } = "";
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyDictionary<VisaLetterStatus, int> Counts { get; private set; } = new Dictionary<VisaLetterStatus, int>();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; } = 1;
    public JobRun? Run { get; private set; }

    [BindProperty(SupportsGet = true)]
    public VisaLetterStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int CurrentPage { get; set; } = 1;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? run)
    {
        var ev = currentEvent.Event;
        EventId = id;
        EventTitle = DialogueOps.Web.Infrastructure.Display.Pick(ev.Title, ev.LocalTitle, System.Globalization.CultureInfo.CurrentUICulture);
        Zone = ev.Zone;
        Counts = await db.VisaLetterRequests.Where(r => r.EventId == id).GroupBy(r => r.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var query = from r in db.VisaLetterRequests.AsNoTracking()
                    join p in db.Participants.AsNoTracking() on r.ParticipantId equals p.Id
                    where r.EventId == id
                    select new { r, p };
        if (Status is { } status)
        {
            query = query.Where(x => x.r.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var folded = SearchText.Fold(Q);
            var upper = Q.Trim().ToUpperInvariant();
            query = query.Where(x => x.p.SearchText.Contains(folded) || x.r.NameAsInPassport.Contains(upper) || (x.r.ReferenceNumber != null && x.r.ReferenceNumber.Contains(upper)));
        }

        Total = await query.CountAsync();
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(CurrentPage, 1, PageCount);
        // Oldest first: the queue is worked in the order people asked.
        var rows = await query.OrderBy(x => x.r.SubmittedAt).ThenBy(x => x.r.Id).Skip((CurrentPage - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.r.Id, x.r.NameAsInPassport, x.p.GivenName, x.p.FamilyName, x.p.NameOrder, x.r.Nationality, x.r.Status, x.r.SubmittedAt, x.r.ReferenceNumber, ParticipantStatus = x.p.Status })
            .ToListAsync();
        Rows = rows.Select(r => new Row(r.Id, r.NameAsInPassport, Domain.Delegations.Participant.InOrder(r.GivenName, r.FamilyName, r.NameOrder),
            r.Nationality, r.Status, r.SubmittedAt, r.ReferenceNumber,
            r.Status == VisaLetterStatus.Issued && r.ParticipantStatus is Domain.Delegations.ParticipantStatus.Cancelled or Domain.Delegations.ParticipantStatus.Declined)).ToList();
        Run = run is { } runId
            ? await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(j => j.Id == runId && j.EventId == id)
            : await db.JobRuns.AsNoTracking().Where(j => j.EventId == id && j.Kind == VisaLetterDesk.BulkIssueKind && j.FinishedAt == null)
                .OrderByDescending(j => j.Id).FirstOrDefaultAsync();
        return Page();
    }

    /// <summary>Polled by the progress bar while a bulk issue runs.</summary>
    public async Task<IActionResult> OnGetProgressAsync(int id, int run)
    {
        var ev = currentEvent.Event;
        var job = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(j => j.Id == run && j.EventId == id);
        return job is null ? NotFound() : new JsonResult(new { job.Total, job.Completed, job.Failed, job.Percent, finished = job.IsFinished, job.LastError });
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, int[] selected)
    {
        var ev = currentEvent.Event;
        var approved = await desk.ApproveManyAsync(id, selected, users.GetUserId(User)!, HttpContext.RequestAborted);
        StatusMessage = approved == 0 ? L["Select submitted requests to approve."] : L["{0} requests approved.", approved];
        return RedirectToPage(new { id, status = Status, q = Q });
    }

    public async Task<IActionResult> OnPostIssueAsync(int id, int[] selected)
    {
        var ev = currentEvent.Event;
        var run = await desk.StartBulkIssueAsync(id, selected, users.GetUserId(User)!, HttpContext.RequestAborted);
        if (run is null)
        {
            StatusMessage = L["Select approved requests to issue."];
            return RedirectToPage(new { id, status = Status, q = Q });
        }

        StatusMessage = L["Issuing {0} letters in the background; each is emailed as soon as it is numbered.", run.Total];
        return RedirectToPage(new { id, run = run.Id });
    }

    public string Local(DateTime utc) => EventTimeZone.FormatInstant(utc, Zone, System.Globalization.CultureInfo.CurrentUICulture);
}
