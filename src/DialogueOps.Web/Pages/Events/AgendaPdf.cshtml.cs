using DialogueOps.Data;
using DialogueOps.Pdf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Features.Agenda;

namespace DialogueOps.Web.Pages.Events;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicProgrammeCache.Policy)]
public class AgendaPdfModel(DialogueOpsDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var agenda = await AgendaData.LoadAsync(db, slug);
        if (agenda is null || !(await AgendaAccess.CheckAsync(agenda, User, authorization)).Visible)
        {
            return NotFound();
        }

        var pdf = new AgendaDocument(agenda, clock.GetUtcNow().UtcDateTime).GeneratePdf();
        return File(pdf, "application/pdf", $"{slug}-agenda.pdf");
    }
}
