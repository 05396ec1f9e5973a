using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DialogueOps.Web.Features.Notifications;

namespace DialogueOps.Web.Pages.Organize.Events;

/// <summary>
/// Every notification of one event with its state, due and sent times, attempts and last error; filters, paging, a preview
/// of the message as it would go out now, a resend, and the event's reminder rules (offsets, on/off).
/// </summary>
public class OutboxModel(DialogueOpsDbContext db, CurrentEvent currentEvent, NotificationComposer composer, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public const int PageSize = 50;

    public sealed record Row(long Id, NotificationKind Kind, string Recipient, NotificationState State, DateTime DueAt, DateTime? SentAt, int Attempts, string? LastError);

    public sealed record RuleRow(NotificationKind Kind, int OffsetHours, bool Enabled);

    [BindProperty(SupportsGet = true)]
    public NotificationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public NotificationState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int CurrentPage { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<RuleRow> Rules { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; } = 1;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public NotificationComposer.Composed? Preview { get; private set; }
    public long? PreviewId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, long? preview)
    {
        if (preview is { } previewId && await Db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == previewId && n.EventId == id) is { } shown)
        {
            Preview = await composer.ComposeAsync(shown, HttpContext.RequestAborted);
            PreviewId = previewId;
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(int id, long notificationId)
    {
        var original = await Db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == notificationId && n.EventId == id);
        if (original is null)
        {
            return NotFound();
        }

        Db.Notifications.Add(original.Resend(clock.GetUtcNow().UtcDateTime));
        await Db.SaveChangesAsync();
        StatusMessage = L["Queued again: it goes out within a minute."];
        return RedirectToPage(new { id, kind = Kind, state = State });
    }

    public async Task<IActionResult> OnPostRulesAsync(int id, Dictionary<NotificationKind, int?>? hours, Dictionary<NotificationKind, bool>? enabled)
    {
        // A post without the rule fields binds no dictionaries: every offset is then missing, which the loop below refuses.
        hours ??= [];
        enabled ??= [];
        var existing = await Db.ReminderRules.Where(r => r.EventId == id).ToListAsync();
        foreach (var kind in ReminderPlanner.DefaultOffsets.Keys)
        {
            var value = hours.GetValueOrDefault(kind);
            if (value is not { } h || h is < 0 or > 24 * 60)
            {
                StatusMessage = L["Offsets are whole hours between 0 and 1440."];
                return RedirectToPage(new { id });
            }

            var rule = existing.FirstOrDefault(r => r.Kind == kind);
            if (rule is null)
            {
                Db.ReminderRules.Add(new ReminderRule(id, kind, h * 60, "default", enabled.GetValueOrDefault(kind)));
            }
            else
            {
                rule.Change(h * 60, enabled.GetValueOrDefault(kind));
            }
        }

        await Db.SaveChangesAsync();
        StatusMessage = L["Saved. Pending reminders move within a minute."];
        return RedirectToPage(new { id });
    }

    public static string KindLabel(NotificationKind kind) => kind switch
    {
        NotificationKind.RegistrationClosingSoon => "Registration closing soon",
        NotificationKind.VisaDeadlineApproaching => "Visa deadline approaching",
        NotificationKind.SecurityDataDeadline => "Security-data deadline",
        NotificationKind.SpeakerReminder => "Speaker and chair reminder",
        NotificationKind.SiteVisitDeparture => "Site-visit departure",
        NotificationKind.OutcomeSummaryPublished => "Outcome summary published",
        NotificationKind.LetterIssued => "Visa letter issued",
        NotificationKind.VisaLetterStatusChanged => "Visa-letter request",
        NotificationKind.SiteVisitSeat => "Site-visit seat",
        NotificationKind.Nominated => "Nomination",
        NotificationKind.HostManifest => "Visitor manifest",
        NotificationKind.TeamGrant => "Team role",
        NotificationKind.Announcement => "Announcement",
        NotificationKind.SessionMoved => "Session moved",
        _ => "Status change",
    };

    public static string StateLabel(NotificationState state) => state switch
    {
        NotificationState.Pending => "Waiting",
        NotificationState.Sending => "Sending",
        NotificationState.Sent => "Delivered",
        NotificationState.Retrying => "Retrying",
        NotificationState.Failed => "Failed",
        _ => "Cancelled",
    };

    public string Local(DateTime utc) => EventTimeZone.FormatInstant(utc, Zone, CultureInfo.CurrentUICulture);

    private async Task LoadAsync(int id)
    {
        var ev = CurrentEvent.Event;
        Zone = ev.Zone;
        var rules = await Db.ReminderRules.AsNoTracking().Where(r => r.EventId == id).ToDictionaryAsync(r => r.Kind);
        Rules = ReminderPlanner.DefaultOffsets.Select(d => rules.TryGetValue(d.Key, out var r)
            ? new RuleRow(d.Key, r.OffsetMinutes / 60, r.Enabled) : new RuleRow(d.Key, d.Value / 60, true)).ToList();
        var query = Db.Notifications.AsNoTracking().Where(n => n.EventId == id);
        if (Kind is { } kind)
        {
            query = query.Where(n => n.Kind == kind);
        }

        query = State switch
        {
            NotificationState.Cancelled => query.Where(n => n.CancelledAt != null),
            NotificationState.Sent => query.Where(n => n.SentAt != null),
            NotificationState.Sending => query.Where(n => n.ClaimedAt != null && n.SentAt == null && n.CancelledAt == null),
            NotificationState.Failed => query.Where(n => n.SentAt == null && n.CancelledAt == null && n.Attempts >= Notification.MaxAttempts),
            NotificationState.Retrying => query.Where(n => n.SentAt == null && n.CancelledAt == null && n.ClaimedAt == null && n.LastError != null && n.Attempts < Notification.MaxAttempts),
            NotificationState.Pending => query.Where(n => n.SentAt == null && n.CancelledAt == null && n.ClaimedAt == null && n.LastError == null),
            _ => query,
        };
        Total = await query.CountAsync();
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(CurrentPage, 1, PageCount);
        var rows = await query.OrderByDescending(n => n.DueAt).ThenByDescending(n => n.Id).Skip((CurrentPage - 1) * PageSize).Take(PageSize).ToListAsync();
        Rows = rows.Select(n => new Row(n.Id, n.Kind, n.RecipientEmail, n.State, n.DueAt, n.SentAt, n.Attempts, n.LastError)).ToList();
    }
}
