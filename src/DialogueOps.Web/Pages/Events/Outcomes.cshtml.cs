using DialogueOps.Data;
using DialogueOps.Domain.Outcomes;
using DialogueOps.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DialogueOps.Web.Features.Outcomes;

namespace DialogueOps.Web.Pages.Events;

/// <summary>The published outcome summary, open to anyone with the link; a draft does not exist here (404), whoever asks.</summary>
public class OutcomesModel(DialogueOpsDbContext db, TimeProvider clock) : PageModel
{
    public OutcomeReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var report = await OutcomeReport.LoadAsync(db, slug);
        if (report is null || report.Status != OutcomeSummaryStatus.Published)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(string slug)
    {
        var report = await OutcomeReport.LoadAsync(db, slug);
        if (report is null || report.Status != OutcomeSummaryStatus.Published)
        {
            return NotFound();
        }

        return File(new OutcomeSummaryDocument(report, clock.GetUtcNow().UtcDateTime).GeneratePdf(), "application/pdf", $"{slug}-outcome-summary.pdf");
    }
}
