using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Outcomes;
using DialogueOps.Pdf;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Notifications;
using DialogueOps.Web.Features.Outcomes;

namespace DialogueOps.Web.Pages.Organize.Events;

/// <summary>
/// The organizers compile the outcome summary: every session's notes at a glance, an introduction, the compiled
/// recommendations and statistics, the PDF, and publication (which notifies every confirmed participant).
/// </summary>
public class OutcomesModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer,
    ReminderPlanner planner, TimeProvider clock) : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed class IntroductionInput
    {
        public string? Introduction { get; set; }
        public Guid? Version { get; set; }
    }

    [BindProperty]
    public IntroductionInput Input { get; set; } = new();

    public OutcomeReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        await LoadAsync();
        Input = new IntroductionInput { Introduction = Report.Introduction, Version = Report.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostIntroductionAsync(int id)
    {
        if (Input.Introduction?.Length > 20_000)
        {
            ModelState.AddModelError("Input.Introduction", L["The introduction is limited to 20,000 characters."]);
        }

        var summary = await Db.OutcomeSummaries.SingleOrDefaultAsync(s => s.EventId == id);
        if (ModelState.IsValid && summary is not null && summary.Version != Input.Version)
        {
            ModelState.AddModelError("Input.Introduction", L["Someone else saved the introduction while you were editing. Your text is still here; the saved one is shown below it. Save again to replace it."]);
            ModelState.Remove("Input.Version");
            Input.Version = summary.Version;
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        try
        {
            if (summary is null)
            {
                summary = new OutcomeSummary(id);
                Db.OutcomeSummaries.Add(summary);
            }
            else
            {
                Db.Entry(summary).Property(s => s.Version).OriginalValue = Input.Version!.Value;
            }

            summary.WriteIntroduction(string.IsNullOrWhiteSpace(Input.Introduction) ? null : Input.Introduction.Trim());
            await Db.SaveChangesAsync();
        }
        catch (DomainException error)
        {
            AddRuleError(error);
            await LoadAsync();
            return Page();
        }
        catch (DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Introduction", L["Someone else saved the introduction while you were editing. Your text is still here; the saved one is shown below it. Save again to replace it."]);
            ModelState.Remove("Input.Version");
            Input.Version = (await Db.OutcomeSummaries.AsNoTracking().SingleOrDefaultAsync(s => s.EventId == id))?.Version;
            await LoadAsync();
            return Page();
        }

        StatusMessage = L["Introduction saved."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        var summary = await Db.OutcomeSummaries.SingleOrDefaultAsync(s => s.EventId == id, ct);
        try
        {
            (summary ?? throw new DomainException("The summary is not published.")).Withdraw();
            await Db.SaveChangesAsync(ct);
            StatusMessage = L["The summary is a draft again; the public page is gone until you publish it again."];
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
        }

        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        var summary = await Db.OutcomeSummaries.SingleOrDefaultAsync(s => s.EventId == id, ct);
        if (summary is null || string.IsNullOrWhiteSpace(summary.Introduction))
        {
            StatusMessage = L["Write and save the introduction before publishing."];
            return RedirectToPage(new { id });
        }

        try
        {
            summary.Publish(clock.GetUtcNow().UtcDateTime, CurrentEvent.Event.UtcSpan().StartsAtUtc);
            await Db.SaveChangesAsync(ct);
        }
        catch (DomainException error)
        {
            StatusMessage = L[error.Message];
            return RedirectToPage(new { id });
        }
        catch (DbUpdateConcurrencyException)
        {
            StatusMessage = L["The summary changed meanwhile; look at it again before publishing."];
            return RedirectToPage(new { id });
        }

        var notified = await planner.AnnounceAsync(id, NotificationKind.OutcomeSummaryPublished, "OutcomeSummary", summary.Id, ct);
        StatusMessage = L["The outcome summary is published; {0} confirmed participants will be notified.", notified];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        await LoadAsync();
        var pdf = new OutcomeSummaryDocument(Report, clock.GetUtcNow().UtcDateTime).GeneratePdf();
        var suffix = Report.Status == OutcomeSummaryStatus.Draft ? "-draft" : "";
        return File(pdf, "application/pdf", $"{EventSlug}-outcome-summary{suffix}.pdf");
    }

    private async Task LoadAsync() => Report = (await OutcomeReport.LoadAsync(Db, EventSlug))!;
}
