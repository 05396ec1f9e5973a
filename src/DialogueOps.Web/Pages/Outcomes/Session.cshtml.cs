using System.Globalization;
using System.Security.Claims;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Outcomes;
using DialogueOps.Domain.Programme;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Outcomes;

namespace DialogueOps.Web.Pages.Outcomes;

/// <summary>
/// The rapporteur's notes for one session. One explicit save of the whole form; if someone else saved in the
/// meantime, nothing is overwritten: the form keeps what this person typed and shows the other version beside it.
/// </summary>
public class SessionModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    /// <summary>Blank rows under the written ones, so a rapporteur can add without script.</summary>
    public const int SpareRows = 2;

    public sealed class RecommendationInput
    {
        public string? Text { get; set; }
        public string? Tags { get; set; }
        public int? DelegationId { get; set; }
    }

    public sealed class FollowUpInput
    {
        public string? Action { get; set; }
        public string? Owner { get; set; }
        public DateOnly? Due { get; set; }
    }

    public sealed class NotesInput
    {
        public string? KeyPoints { get; set; }
        public List<RecommendationInput> Recommendations { get; set; } = [];
        public List<FollowUpInput> FollowUps { get; set; } = [];

        /// <summary>The version this person started from; empty before the first save.</summary>
        public Guid? Version { get; set; }
    }

    /// <summary>What is saved now, written by someone else while this person was typing.</summary>
    public sealed record SavedVersion(string? KeyPoints, IReadOnlyList<(string Text, string? Tags, string? Delegation)> Recommendations,
        IReadOnlyList<(string Action, string? Owner, DateOnly? Due)> FollowUps, string? By, string? At);

    public static readonly IReadOnlyList<string> SuggestedTags = ["data governance", "AI safety", "capacity building", "digital trade", "cybersecurity", "talent and research"];

    [BindProperty]
    public NotesInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public int SessionId { get; private set; }
    public int EventId { get; private set; }
    public string EventSlug { get; private set; } = "";
    public string EventTitle { get; private set; } = "";
    public string SessionTitle { get; private set; } = "";
    public string When { get; private set; } = "";
    public string? LastSaved { get; private set; }
    public bool IsOrganizer { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Delegations { get; private set; } = [];
    public SavedVersion? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(int sessionId)
    {
        var ev = await OpenAsync(sessionId);

        var outcome = await LoadAsync(sessionId, tracked: false);
        if (outcome is not null)
        {
            Input = new NotesInput
            {
                KeyPoints = outcome.KeyPoints,
                Version = outcome.Version,
                Recommendations = outcome.Recommendations.OrderBy(r => r.Id).Select(r => new RecommendationInput { Text = r.Text, Tags = r.Tags, DelegationId = r.ProposingDelegationId }).ToList(),
                FollowUps = outcome.FollowUps.OrderBy(f => f.Id).Select(f => new FollowUpInput { Action = f.Action, Owner = f.Owner, Due = f.DueDate }).ToList(),
            };
            LastSaved = Saved(outcome, ev);
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int sessionId)
    {
        var ev = await OpenAsync(sessionId);

        var recommended = Input.Recommendations.Select(r => (r.Text, r.Tags, r.DelegationId)).ToList();
        var actions = Input.FollowUps.Select(f => (f.Action, f.Owner, f.Due)).ToList();
        var delegationIds = Delegations.Select(d => d.Id).ToHashSet();
        foreach (var (field, message) in SessionOutcome.Check(Input.KeyPoints, recommended, actions).All)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", localizer[message]);
        }

        foreach (var (r, i) in Input.Recommendations.Select((r, i) => (r, i)).Where(x => x.r.DelegationId is { } d && !delegationIds.Contains(d)))
        {
            ModelState.AddModelError($"{nameof(Input)}.Recommendations[{i}].DelegationId", localizer["Choose a delegation of this event."]);
        }

        if (!ModelState.IsValid)
        {
            Pad();
            return Page();
        }

        var outcome = await LoadAsync(sessionId, tracked: true);
        if (outcome is not null && outcome.Version != Input.Version)
        {
            return await ConflictAsync(sessionId, ev);
        }

        if (outcome is null)
        {
            var rapporteur = await db.SessionRoles.Where(r => r.SessionId == sessionId && r.Role == SessionRoleKind.Rapporteur && r.ParticipantId != null)
                .OrderBy(r => r.Order).Select(r => r.ParticipantId).FirstOrDefaultAsync();
            outcome = new SessionOutcome(sessionId, rapporteur);
            db.SessionOutcomes.Add(outcome);
        }
        else
        {
            // The check above and the save below are not atomic; the concurrency token closes the gap.
            db.Entry(outcome).Property(o => o.Version).OriginalValue = Input.Version!.Value;
        }

        var editor = User.FindFirstValue(Infrastructure.Authorization.GrantClaims.DisplayName) ?? User.Identity?.Name ?? "";
        outcome.Revise(Input.KeyPoints, recommended, actions, editor, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone saved first (or created the notes first): show theirs, keep ours.
            db.ChangeTracker.Clear();
            return await ConflictAsync(sessionId, ev);
        }

        StatusMessage = localizer["Notes saved."];
        return RedirectToPage(new { sessionId });
    }

    private async Task<IActionResult> ConflictAsync(int sessionId, Event ev)
    {
        var current = await LoadAsync(sessionId, tracked: false);
        if (current is not null)
        {
            var names = Delegations.ToDictionary(d => d.Id, d => d.Name);
            Theirs = new SavedVersion(current.KeyPoints,
                current.Recommendations.OrderBy(r => r.Id).Select(r => (r.Text, r.Tags, r.ProposingDelegationId is { } d ? names.GetValueOrDefault(d) : null)).ToList(),
                current.FollowUps.OrderBy(f => f.Id).Select(f => (f.Action, f.Owner, f.DueDate)).ToList(),
                current.LastEditedBy, current.LastEditedAt is { } at ? EventTimeZone.FormatInstant(at, ev.Zone, CultureInfo.CurrentUICulture) : null);

            // Saving again now replaces their version on purpose: the person has seen it.
            ModelState.Remove($"{nameof(Input)}.{nameof(NotesInput.Version)}");
            Input.Version = current.Version;
        }

        ModelState.AddModelError("", localizer["Someone else saved these notes while you were editing. Nothing was overwritten: your text is still in the form, theirs is shown beside it. Merge what you need and save again."]);
        Pad();
        return Page();
    }

    private void Pad()
    {
        Input.Recommendations.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new RecommendationInput()));
        Input.FollowUps.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new FollowUpInput()));
    }

    private Task<SessionOutcome?> LoadAsync(int sessionId, bool tracked)
    {
        var query = db.SessionOutcomes.Include(o => o.Recommendations).Include(o => o.FollowUps).Where(o => o.SessionId == sessionId);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync();
    }

    private static string? Saved(SessionOutcome outcome, Event ev) =>
        outcome.LastEditedAt is { } at ? $"{outcome.LastEditedBy} · {EventTimeZone.FormatInstant(at, ev.Zone, CultureInfo.CurrentUICulture)}" : null;

    private async Task<Event> OpenAsync(int sessionId)
    {
        var ev = currentEvent.Event;
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);

        var culture = CultureInfo.CurrentUICulture;
        IsOrganizer = (await authorization.AuthorizeAsync(User, new EventResource(ev.Id), Policies.ManageEvent)).Succeeded;
        SessionId = sessionId;
        EventId = ev.Id;
        EventSlug = ev.Slug;
        EventTitle = Display.Pick(ev.Title, ev.LocalTitle, culture);
        SessionTitle = Display.Pick(session.Title, session.LocalTitle, culture);
        When = EventTimeZone.FormatInstant(session.StartsAt, ev.Zone, culture);
        var chinese = Display.IsChinese(culture);
        Delegations = (await db.Delegations.AsNoTracking().Where(d => d.EventId == ev.Id).Select(d => new { d.Id, d.CountryCode }).ToListAsync())
            .Select(d => (d.Id, Countries.Name(d.CountryCode, chinese))).OrderBy(d => d.Item2, StringComparer.Create(culture, true)).ToList();
        return ev;
    }
}
