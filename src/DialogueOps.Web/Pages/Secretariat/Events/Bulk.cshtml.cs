using System.ComponentModel.DataAnnotations;
using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.Registration;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>
/// A decision for many registrations at once, chosen on the participant list (ticked rows, or everyone the filter
/// matches): first a preview of who is affected and what the rules refuse, then one summary of what happened.
/// </summary>
public class BulkModel(DialogueOpsDbContext db, CurrentEvent currentEvent, BulkDecision bulk, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty] public List<int> Ids { get; set; } = [];
    [BindProperty] public ParticipantStatus Decision { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason (kept in each registration’s history, which the person can read)")]
    public string? Reason { get; set; }

    /// <summary>Everyone the list's filter matches, not only the ticked rows.</summary>
    [BindProperty] public bool AllMatching { get; set; }
    [BindProperty] public string? Q { get; set; }
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public ParticipantCategory? Category { get; set; }
    [BindProperty] public ParticipantStatus? Status { get; set; }
    [BindProperty] public int? Organization { get; set; }

    public int EventId => currentEvent.Id;
    public string EventTitle => currentEvent.Title;
    public IReadOnlyList<BulkLine> Lines { get; private set; } = [];

    /// <summary>Set once the decision was applied: the page then shows the summary instead of the preview.</summary>
    public bool Applied { get; private set; }

    public string? Problem { get; private set; }

    public int Going => Lines.Count(l => l.Refusal is null);

    /// <summary>The page is the answer to a post from the list; opened directly, it sends the reader there.</summary>
    public IActionResult OnGet(int id) => RedirectToPage("/Secretariat/Events/Participants", new { id });

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await ResolveAsync(id))
        {
            return Page();
        }

        Lines = await bulk.PreviewAsync(id, Ids, Decision, !string.IsNullOrWhiteSpace(Reason), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(int id)
    {
        if (!await ResolveAsync(id))
        {
            return Page();
        }

        Lines = await bulk.ApplyAsync(currentEvent.Event, Ids, Decision, users.GetUserId(User)!, Reason, HttpContext.RequestAborted);
        Applied = true;
        return Page();
    }

    private async Task<bool> ResolveAsync(int id)
    {
        if (!BulkDecision.Decisions.Contains(Decision))
        {
            Problem = "Choose what to do with the selected people.";
            return false;
        }

        if (AllMatching)
        {
            Ids = (await ParticipantList.LoadAsync(db, id, new ParticipantFilter(Q, Country, Category, Status, Organization))).Select(r => r.Id).ToList();
        }

        Ids = Ids.Distinct().ToList();
        if (Ids.Count == 0)
        {
            Problem = "Tick at least one person, or choose everyone the filter matches.";
            return false;
        }

        if (Ids.Count > BulkDecision.MaxPeople)
        {
            Problem = "That is more people than one action handles; narrow the filter (a country, a category) and act in parts.";
            return false;
        }

        return ModelState.IsValid;
    }
}
