using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.SiteVisits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Features.Notifications;

public sealed class ReminderOptions
{
    /// <summary>No reminder reaches anyone between these hours of their own clock (24 h, recipient's zone).</summary>
    public int QuietHoursStart { get; set; } = 22;

    public int QuietHoursEnd { get; set; } = 7;

    /// <summary>A send job that has not finished its row after this long is taken for lost (a crash) and its row handed out again.</summary>
    public int LostAfterSeconds { get; set; } = 600;

    public TimeSpan LostAfter => TimeSpan.FromSeconds(LostAfterSeconds);

    /// <summary>
    /// A registration's status mail waits this long before it goes: a change made again within it (a nomination withdrawn, a
    /// decision corrected) replaces the first mail instead of following it, so nobody gets three mails in five seconds.
    /// </summary>
    public int AnnouncementDelaySeconds { get; set; } = 60;

    public TimeSpan AnnouncementDelay => TimeSpan.FromSeconds(AnnouncementDelaySeconds);

    /// <summary>Off: dispatching is left to whoever runs the job (tests that move the clock by hand).</summary>
    public bool AutomaticDispatch { get; set; } = true;
}

/// <summary>
/// Turns an event's state into the reminders it should have, and reconciles the outbox with that: missing rows are added,
/// rows whose reason went away (session moved, registration cancelled, passport given) are cancelled. Idempotent; the
/// dispatcher runs it before every sweep, so a change reaches the outbox within a minute and before anything is sent.
/// </summary>
public sealed class ReminderPlanner(DialogueOpsDbContext db, TimeProvider clock, IOptions<ReminderOptions> options)
{
    /// <summary>Defaults when an event has no rule of its own: minutes before the anchor.</summary>
    public static readonly IReadOnlyDictionary<NotificationKind, int> DefaultOffsets = new Dictionary<NotificationKind, int>
    {
        [NotificationKind.RegistrationClosingSoon] = 3 * 24 * 60,
        [NotificationKind.VisaDeadlineApproaching] = 7 * 24 * 60,
        [NotificationKind.SecurityDataDeadline] = 2 * 24 * 60,
        [NotificationKind.SpeakerReminder] = 24 * 60,
        [NotificationKind.SiteVisitDeparture] = 12 * 60,
    };

    private sealed record Wanted(NotificationKind Kind, string Email, string SubjectType, int SubjectId, DateTime AnchorUtc, string? ZoneId);

    public async Task PlanAsync(int eventId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ev = await db.Events.AsNoTracking().Include(e => e.Hosts).ThenInclude(h => h.Organization).SingleAsync(e => e.Id == eventId, ct);
        var rules = await db.ReminderRules.AsNoTracking().Where(r => r.EventId == eventId).ToDictionaryAsync(r => r.Kind, ct);
        var wanted = await WantedAsync(ev, now, ct);

        var desired = new Dictionary<string, Notification>(StringComparer.Ordinal);
        foreach (var w in wanted)
        {
            var offset = rules.TryGetValue(w.Kind, out var rule) ? (rule.Enabled ? rule.OffsetMinutes : (int?)null) : DefaultOffsets[w.Kind];
            if (offset is null || w.AnchorUtc <= now)
            {
                continue;
            }

            var zone = w.ZoneId is not null && EventTimeZone.TryFind(w.ZoneId, out var own) ? own : ev.Zone;
            var due = Due(w.AnchorUtc.AddMinutes(-offset.Value), w.AnchorUtc, now, zone);
            var notification = new Notification(eventId, w.Kind, w.Email, w.SubjectType, w.SubjectId, due, w.AnchorUtc);
            desired.TryAdd(notification.IdempotencyKey, notification);
        }

        var existing = await db.Notifications.Where(n => n.EventId == eventId && !Notification.Announcements.Contains(n.Kind))
            .ToListAsync(ct);
        var byKey = existing.ToDictionary(n => n.IdempotencyKey, StringComparer.Ordinal);
        foreach (var row in existing.Where(n => n.State is NotificationState.Pending or NotificationState.Retrying && !desired.ContainsKey(n.IdempotencyKey)))
        {
            row.Cancel(now);
        }

        foreach (var (key, notification) in desired)
        {
            if (!byKey.TryGetValue(key, out var row))
            {
                db.Notifications.Add(notification);
            }
            else if (row.State == NotificationState.Pending && row.DueAt != notification.DueAt)
            {
                row.MoveTo(notification.DueAt);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another planner added the same keys a moment earlier: theirs stand, the next sweep reconciles the rest.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A one-off announcement to every confirmed participant (the outcome summary when it is published): due now, or in the
    /// morning for those whose night it is. Announcing twice adds nothing (same keys).
    /// </summary>
    public async Task<int> AnnounceAsync(int eventId, NotificationKind kind, string subjectType, int subjectId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
        var recipients = await (from p in db.Participants.AsNoTracking()
                                join u in db.Users.AsNoTracking() on p.UserId equals u.Id into users
                                from u in users.DefaultIfEmpty()
                                where p.EventId == eventId && p.Status == ParticipantStatus.Confirmed && p.ErasedAt == null
                                select new { p.Email, Zone = u != null ? u.TimeZoneId : null }).ToListAsync(ct);
        var keys = (await db.Notifications.AsNoTracking().Where(n => n.EventId == eventId && n.Kind == kind).Select(n => n.IdempotencyKey).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var r in recipients)
        {
            var zone = r.Zone is not null && EventTimeZone.TryFind(r.Zone, out var own) ? own : ev.Zone;
            var n = new Notification(eventId, kind, r.Email, subjectType, subjectId, Due(now, DateTime.MaxValue, now, zone), anchorUtc: DateTime.UnixEpoch);
            if (keys.Add(n.IdempotencyKey))
            {
                db.Notifications.Add(n);
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Due time out of the recipient's quiet hours (moved earlier, so it still comes before its anchor), never in the past.</summary>
    public DateTime Due(DateTime dueUtc, DateTime anchorUtc, DateTime nowUtc, TimeZoneInfo zone)
    {
        var local = EventTimeZone.ToLocal(dueUtc, zone);
        var (start, end) = (options.Value.QuietHoursStart, options.Value.QuietHoursEnd);
        bool Quiet(DateTime l) => start > end ? l.Hour >= start || l.Hour < end : l.Hour >= start && l.Hour < end;
        if (Quiet(local))
        {
            // The evening before the quiet hours began.
            var day = local.Hour >= start ? local.Date : local.Date.AddDays(-1);
            dueUtc = EventTimeZone.ToUtc(day.AddHours(start).AddMinutes(-15), zone);
        }

        if (dueUtc < nowUtc)
        {
            dueUtc = nowUtc;
            var nowLocal = EventTimeZone.ToLocal(nowUtc, zone);
            if (Quiet(nowLocal))
            {
                var morning = EventTimeZone.ToUtc((nowLocal.Hour >= start ? nowLocal.Date.AddDays(1) : nowLocal.Date).AddHours(end), zone);
                dueUtc = morning < anchorUtc ? morning : nowUtc;
            }
        }

        return new DateTime(dueUtc.Ticks - dueUtc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
    }

    private async Task<List<Wanted>> WantedAsync(Event ev, DateTime now, CancellationToken ct)
    {
        var wanted = new List<Wanted>();
        var people = await (from p in db.Participants.AsNoTracking()
                            join u in db.Users.AsNoTracking() on p.UserId equals u.Id into users
                            from u in users.DefaultIfEmpty()
                            where p.EventId == ev.Id && p.ErasedAt == null
                            select new { p.Id, p.Email, p.Status, p.Nationality, p.UserId, Zone = u != null ? u.TimeZoneId : null }).ToDictionaryAsync(p => p.Id, ct);
        bool Active(int id) => people.TryGetValue(id, out var p) && p.Status is ParticipantStatus.Confirmed or ParticipantStatus.Registered;

        var roles = await (from r in db.SessionRoles.AsNoTracking()
                           join s in db.Sessions.AsNoTracking() on r.SessionId equals s.Id
                           where s.EventId == ev.Id
                           where r.ParticipantId != null
                           select new { ParticipantId = r.ParticipantId!.Value, s.Id, s.StartsAt }).ToListAsync(ct);
        wanted.AddRange(roles.Where(r => Active(r.ParticipantId)).Select(r =>
            new Wanted(NotificationKind.SpeakerReminder, people[r.ParticipantId].Email, "Session", r.Id, r.StartsAt, people[r.ParticipantId].Zone)));

        var signups = await (from s in db.SiteVisitSignups.AsNoTracking()
                             join v in db.SiteVisits.AsNoTracking() on s.SiteVisitId equals v.Id
                             where v.EventId == ev.Id && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted)
                             select new { s.ParticipantId, s.Status, v.Id, v.StartsAt, v.SecurityDataDeadline, v.PassportRequired }).ToListAsync(ct);
        var withPassport = (await db.PassportDetails.AsNoTracking().Select(p => p.ParticipantId).ToListAsync(ct)).ToHashSet();
        foreach (var s in signups.Where(s => people.ContainsKey(s.ParticipantId)))
        {
            var person = people[s.ParticipantId];
            if (s.Status == SignupStatus.Confirmed && Active(s.ParticipantId))
            {
                wanted.Add(new Wanted(NotificationKind.SiteVisitDeparture, person.Email, "SiteVisit", s.Id, s.StartsAt, person.Zone));
            }

            if (s.PassportRequired && !withPassport.Contains(s.ParticipantId) && s.SecurityDataDeadline is { } deadline)
            {
                wanted.Add(new Wanted(NotificationKind.SecurityDataDeadline, person.Email, "SiteVisit", s.Id, deadline, person.Zone));
            }
        }

        if (ev.VisaRequestDeadline is { } visaDeadline)
        {
            // Foreign: not of the country of the first host, which is where the dialogue takes place.
            var hostCountry = ev.Hosts.OrderBy(h => h.Order).Select(h => h.Organization.CountryCode).FirstOrDefault();
            var asked = (await db.VisaLetterRequests.AsNoTracking().Where(r => r.EventId == ev.Id).Select(r => r.ParticipantId).ToListAsync(ct)).ToHashSet();
            wanted.AddRange(people.Values.Where(p => p.Status == ParticipantStatus.Confirmed && p.Nationality != hostCountry && !asked.Contains(p.Id))
                .Select(p => new Wanted(NotificationKind.VisaDeadlineApproaching, p.Email, "Participant", p.Id, visaDeadline, p.Zone)));
        }

        if (ev.RegistrationClosesAt is { } closes)
        {
            var delegations = await db.Delegations.AsNoTracking().Where(d => d.EventId == ev.Id).ToListAsync(ct);
            var counts = await db.Participants.AsNoTracking().Where(p => p.EventId == ev.Id && p.DelegationId != null)
                .GroupBy(p => p.DelegationId).Select(g => new { g.Key, Count = g.Count(p => Participant.HoldingPlace.Contains(p.Status)) })
                .ToDictionaryAsync(g => g.Key!.Value, g => g.Count, ct);
            var focalPoints = await (from g in db.EventGrants.AsNoTracking()
                                     join u in db.Users.AsNoTracking() on g.UserId equals u.Id
                                     where g.EventId == ev.Id && g.Kind == GrantKind.FocalPoint
                                     select new { g.DelegationId, u.Email, u.TimeZoneId }).ToListAsync(ct);
            // People who started but did not finish: nominated by their focal point, never signed in to complete it.
            wanted.AddRange(people.Values.Where(p => p.Status is ParticipantStatus.Nominated or ParticipantStatus.Registered && p.UserId == null)
                .Select(p => new Wanted(NotificationKind.RegistrationClosingSoon, p.Email, "Participant", p.Id, closes, p.Zone)));
            foreach (var fp in focalPoints.Where(f => f.Email is not null))
            {
                var delegation = delegations.FirstOrDefault(d => d.Id == fp.DelegationId);
                var quota = delegation?.Quotas.Sum(q => q.Max) ?? 0;
                if (delegation is not null && quota > counts.GetValueOrDefault(delegation.Id))
                {
                    wanted.Add(new Wanted(NotificationKind.RegistrationClosingSoon, fp.Email!, "Delegation", delegation.Id, closes, fp.TimeZoneId));
                }
            }
        }

        return wanted;
    }
}
