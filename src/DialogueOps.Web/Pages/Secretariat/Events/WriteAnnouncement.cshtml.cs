using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Features.Announcements;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>
/// Writes a message to a group: choose who, write it in English (and Chinese), preview it as one real recipient will read it,
/// then send it now or at a chosen time. Reached empty, from the participant list (the ticked people) or from a session.
/// </summary>
public class WriteAnnouncementModel(DialogueOpsDbContext db, CurrentEvent currentEvent, AnnouncementDesk desk, UserManager<ApplicationUser> users,
    TimeProvider clock, IConfiguration configuration, IStringLocalizer<SharedResource> L) : PageModel
{
    /// <summary>How many recipients the preview lists by name; the count covers the rest.</summary>
    public const int ListedRecipients = 50;

    [BindProperty(SupportsGet = true)] public AnnouncementAudience Audience { get; set; } = AnnouncementAudience.AllConfirmed;
    [BindProperty(SupportsGet = true)] public int? DelegationId { get; set; }
    [BindProperty] public ParticipantCategory? Category { get; set; }
    [BindProperty(SupportsGet = true)] public int? SessionId { get; set; }
    [BindProperty(SupportsGet = true)] public int? SiteVisitId { get; set; }
    [BindProperty] public List<int> Ids { get; set; } = [];

    [BindProperty]
    [StringLength(Announcement.SubjectMaxLength, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Subject (English)")]
    public string? Subject { get; set; }

    [BindProperty]
    [StringLength(Announcement.BodyMaxLength, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Message (English)")]
    public string? Body { get; set; }

    [BindProperty]
    [StringLength(Announcement.SubjectMaxLength, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Subject (Chinese)")]
    public string? LocalSubject { get; set; }

    [BindProperty]
    [StringLength(Announcement.BodyMaxLength, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Message (Chinese)")]
    public string? LocalBody { get; set; }

    [BindProperty]
    [Display(Name = "Send later, at (event time)")]
    public DateTime? SendAtLocal { get; set; }

    /// <summary>The recipient whose data the preview shows.</summary>
    [BindProperty] public int? PreviewFor { get; set; }

    /// <summary>Everyone the participant list's filter matched, when the list asked for that instead of ticked rows.</summary>
    [BindProperty] public bool AllMatching { get; set; }
    [BindProperty] public string? Q { get; set; }
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public ParticipantStatus? Status { get; set; }
    [BindProperty] public int? Organization { get; set; }

    public int EventId => currentEvent.Id;
    public string EventTitle => currentEvent.Title;
    public string ZoneDescription { get; private set; } = "";
    public IReadOnlyList<(int Id, string Name)> Delegations { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Sessions { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> SiteVisits { get; private set; } = [];

    /// <summary>Set after a preview: who it reaches, and the mail as <see cref="Previewed"/> reads it.</summary>
    public IReadOnlyList<Recipient>? Recipients { get; private set; }
    public Recipient? Previewed { get; private set; }
    public (string Subject, string English, string Chinese)? Mail { get; private set; }

    public async Task OnGetAsync() => await DescribeAsync();

    /// <summary>From the participant list: the ticked people (or everyone its filter matched) become the audience.</summary>
    public async Task<IActionResult> OnPostChosenAsync(int id)
    {
        ModelState.Clear();
        if (AllMatching)
        {
            Ids = (await ParticipantList.LoadAsync(db, id, new ParticipantFilter(Q, Country, Category, Status, Organization))).Select(r => r.Id).ToList();
            Category = null;
        }

        Audience = AnnouncementAudience.Chosen;
        Ids = Ids.Distinct().ToList();
        if (Ids.Count == 0)
        {
            ModelState.AddModelError(nameof(Audience), L["Tick at least one person, or choose everyone the filter matches."]);
        }

        await DescribeAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        await DescribeAsync();
        if (await CheckAsync(id) is not { } recipients)
        {
            return Page();
        }

        Recipients = recipients;
        Previewed = recipients.FirstOrDefault(r => r.ParticipantId == PreviewFor) ?? recipients[0];
        PreviewFor = Previewed.ParticipantId;
        Mail = AnnouncementDesk.Compose(Draft(DateTime.UtcNow, "", ""), Previewed, RegistrationLink());
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(int id)
    {
        await DescribeAsync();
        if (await CheckAsync(id) is not { } recipients)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (key, argument) = await desk.DescribeAsync(id, Audience, AudienceValue, Ids.Count, HttpContext.RequestAborted);
        Announcement announcement;
        try
        {
            announcement = Draft(now, users.GetUserId(User)!, string.Format(CultureInfo.InvariantCulture, key, argument));
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field ?? "", L[error.Message]);
            return Page();
        }

        await desk.SendAsync(announcement, recipients, HttpContext.RequestAborted);
        TempData["StatusMessage"] = announcement.SendAt > now
            ? L["Scheduled for {0} people. You can call it off until it goes.", recipients.Count].Value
            : L["Sent to {0} people through the outbox; their delivery shows below.", recipients.Count].Value;
        return RedirectToPage("/Secretariat/Events/Announcement", new { id, announcementId = announcement.Id });
    }

    private string? AudienceValue => Audience switch
    {
        AnnouncementAudience.Delegation => DelegationId?.ToString(CultureInfo.InvariantCulture),
        AnnouncementAudience.Category => Category?.ToString(),
        AnnouncementAudience.SessionSpeakers => SessionId?.ToString(CultureInfo.InvariantCulture),
        AnnouncementAudience.SiteVisitVisitors => SiteVisitId?.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private DateTime SendAtUtc(DateTime now) => SendAtLocal is { } local ? EventTimeZone.ToUtc(local, currentEvent.Event.Zone) : now;

    private Announcement Draft(DateTime now, string userId, string description) =>
        new(currentEvent.Id, Subject ?? "", Body ?? "", LocalSubject, LocalBody, Audience, AudienceValue, description, userId, now, SendAtUtc(now));

    private string RegistrationLink() =>
        $"{(configuration["App:PublicBaseUrl"] ?? $"{Request.Scheme}://{Request.Host}").TrimEnd('/')}/events/{currentEvent.Event.Slug}/registration";

    /// <summary>The form's own checks, then the group's: null (with messages in the model state) when it cannot go.</summary>
    private async Task<List<Recipient>?> CheckAsync(int id)
    {
        if (string.IsNullOrWhiteSpace(Subject))
        {
            ModelState.AddModelError(nameof(Subject), L["This field is required."]);
        }

        if (string.IsNullOrWhiteSpace(Body))
        {
            ModelState.AddModelError(nameof(Body), L["This field is required."]);
        }

        if (string.IsNullOrWhiteSpace(LocalSubject) != string.IsNullOrWhiteSpace(LocalBody))
        {
            ModelState.AddModelError(nameof(LocalBody), L["Give the Chinese subject and message together, or neither."]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (SendAtLocal is not null && SendAtUtc(now) < now)
        {
            ModelState.AddModelError(nameof(SendAtLocal), L["The sending time is in the past."]);
        }

        var needsValue = Audience is AnnouncementAudience.Delegation or AnnouncementAudience.Category or AnnouncementAudience.SessionSpeakers or AnnouncementAudience.SiteVisitVisitors;
        if (!Enum.IsDefined(Audience) || (needsValue && AudienceValue is null))
        {
            ModelState.AddModelError(nameof(Audience), L["Choose who the message is for."]);
        }

        if (Ids.Count > Features.Registration.BulkDecision.MaxPeople)
        {
            ModelState.AddModelError(nameof(Audience), L["That is more people than one action handles; narrow the filter (a country, a category) and act in parts."]);
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        var recipients = await desk.RecipientsAsync(id, Audience, AudienceValue, Ids, HttpContext.RequestAborted);
        if (recipients.Count == 0)
        {
            ModelState.AddModelError(nameof(Audience), L["Nobody is in this group: there is no one to write to."]);
            return null;
        }

        return recipients;
    }

    private async Task DescribeAsync()
    {
        var ev = currentEvent.Event;
        var chinese = Display.IsChinese(CultureInfo.CurrentUICulture);
        ZoneDescription = EventTimeZone.Describe(ev.Zone, ev.UtcSpan().StartsAtUtc.AddHours(12), CultureInfo.CurrentUICulture);
        Delegations = (await db.Delegations.AsNoTracking().Where(d => d.EventId == ev.Id).Select(d => new { d.Id, d.CountryCode }).ToListAsync())
            .Select(d => (d.Id, Countries.Name(d.CountryCode, chinese))).OrderBy(d => d.Item2, StringComparer.CurrentCulture).ToList();
        Sessions = (await db.Sessions.AsNoTracking().Where(s => s.EventId == ev.Id).OrderBy(s => s.StartsAt).Select(s => new { s.Id, s.Title, s.LocalTitle, s.StartsAt }).ToListAsync())
            .Select(s => (s.Id, $"{EventTimeZone.FormatInstant(s.StartsAt, ev.Zone, CultureInfo.CurrentUICulture)} · {Display.Pick(s.Title, s.LocalTitle, CultureInfo.CurrentUICulture)}")).ToList();
        SiteVisits = (await db.SiteVisits.AsNoTracking().Where(v => v.EventId == ev.Id).OrderBy(v => v.StartsAt).Select(v => new { v.Id, v.Title, v.LocalTitle }).ToListAsync())
            .Select(v => (v.Id, Display.Pick(v.Title, v.LocalTitle, CultureInfo.CurrentUICulture))).ToList();
    }
}
