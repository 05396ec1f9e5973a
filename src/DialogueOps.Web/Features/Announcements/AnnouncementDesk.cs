using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Web.Features.Notifications;
using DialogueOps.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Announcements;

/// <summary>One person an announcement reaches, with what its fields name.</summary>
public sealed record Recipient(int ParticipantId, string Email, string Name, string? CountryCode, ParticipantCategory Category);

/// <summary>
/// Finds who is in a group, writes an announcement to them through the outbox (one notification each, due at the chosen
/// time) and calls a scheduled one off. The text itself is filled per person when each mail is written.
/// </summary>
public sealed class AnnouncementDesk(DialogueOpsDbContext db, Outbox outbox, TimeProvider clock)
{
    /// <summary>People whose registration is alive: they can be written to about the event.</summary>
    private static readonly ParticipantStatus[] Active =
        [ParticipantStatus.Nominated, ParticipantStatus.Registered, ParticipantStatus.Confirmed, ParticipantStatus.Waitlisted];

    public async Task<List<Recipient>> RecipientsAsync(int eventId, AnnouncementAudience audience, string? value, IReadOnlyCollection<int> chosen, CancellationToken ct)
    {
        var people = db.Participants.AsNoTracking().Where(p => p.EventId == eventId && p.ErasedAt == null && p.Email != "");
        var number = int.TryParse(value, out var parsed) ? parsed : 0;
        people = audience switch
        {
            AnnouncementAudience.AllConfirmed => people.Where(p => p.Status == ParticipantStatus.Confirmed),
            AnnouncementAudience.Delegation => people.Where(p => p.DelegationId == number && Active.Contains(p.Status)),
            AnnouncementAudience.Category when Enum.TryParse<ParticipantCategory>(value, out var category) =>
                people.Where(p => p.Category == category && Active.Contains(p.Status)),
            AnnouncementAudience.SessionSpeakers => people.Where(p => Active.Contains(p.Status)
                && db.SessionRoles.Any(r => r.SessionId == number && r.ParticipantId == p.Id && db.Sessions.Any(s => s.Id == number && s.EventId == eventId))),
            AnnouncementAudience.SiteVisitVisitors => people.Where(p => Active.Contains(p.Status)
                && db.SiteVisitSignups.Any(s => s.SiteVisitId == number && s.ParticipantId == p.Id && s.Status == SignupStatus.Confirmed)),
            AnnouncementAudience.WithoutVisaLetterRequest => people.Where(p => (p.Status == ParticipantStatus.Confirmed || p.Status == ParticipantStatus.Registered)
                && !db.VisaLetterRequests.Any(r => r.ParticipantId == p.Id)),
            AnnouncementAudience.Chosen => people.Where(p => chosen.Contains(p.Id)),
            _ => people.Where(p => false),
        };

        var rows = await (from p in people
                          join d in db.Delegations.AsNoTracking() on p.DelegationId equals d.Id into delegations
                          from d in delegations.DefaultIfEmpty()
                          select new { p.Id, p.Email, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.ProtocolRank, p.Nationality, Country = d != null ? d.CountryCode : null, p.Category })
            .ToListAsync(ct);
        // One mail per address: a person registered twice (an old cancelled row aside) hears it once.
        return rows.OrderBy(r => r.ProtocolRank).ThenBy(r => r.FamilyName, StringComparer.Ordinal)
            .DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase)
            .Select(r => new Recipient(r.Id, r.Email, Display.PersonName(r.Honorific, r.GivenName, r.FamilyName, r.NameOrder, null), r.Country ?? r.Nationality, r.Category))
            .ToList();
    }

    /// <summary>The group in words, kept with the announcement ("Delegation: Malaysia"); a localizer key and its argument.</summary>
    public async Task<(string Key, string? Argument)> DescribeAsync(int eventId, AnnouncementAudience audience, string? value, int chosen, CancellationToken ct)
    {
        var number = int.TryParse(value, out var parsed) ? parsed : 0;
        return audience switch
        {
            AnnouncementAudience.Delegation => ("Delegation: {0}", await db.Delegations.AsNoTracking().Where(d => d.Id == number && d.EventId == eventId)
                .Select(d => d.CountryCode).SingleOrDefaultAsync(ct) is { } code ? Countries.Name(code, chinese: false) : null),
            AnnouncementAudience.Category => ("Category: {0}", value),
            AnnouncementAudience.SessionSpeakers => ("Chairs and speakers of: {0}", await db.Sessions.AsNoTracking().Where(s => s.Id == number && s.EventId == eventId)
                .Select(s => s.Title).SingleOrDefaultAsync(ct)),
            AnnouncementAudience.SiteVisitVisitors => ("Visitors of: {0}", await db.SiteVisits.AsNoTracking().Where(v => v.Id == number && v.EventId == eventId)
                .Select(v => v.Title).SingleOrDefaultAsync(ct)),
            AnnouncementAudience.WithoutVisaLetterRequest => ("Registered or confirmed, without a visa-letter request", null),
            AnnouncementAudience.Chosen => ("{0} people chosen on the participant list", chosen.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => ("Everyone confirmed", null),
        };
    }

    /// <summary>Saves the announcement and one outbox row per recipient, all or nothing; due at <see cref="Announcement.SendAt"/>.</summary>
    public async Task SendAsync(Announcement announcement, IReadOnlyList<Recipient> recipients, CancellationToken ct)
    {
        announcement.Address(recipients.Count);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Announcements.Add(announcement);
            await db.SaveChangesAsync(ct);
            foreach (var recipient in recipients)
            {
                outbox.Add(Notification.Announce(announcement.EventId, NotificationKind.Announcement, recipient.Email, nameof(Announcement), announcement.Id, announcement.SendAt));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        outbox.SendCommitted();
    }

    /// <summary>Calls off a scheduled announcement: no mail of it goes out. Refused once its time has come.</summary>
    public async Task CancelAsync(Announcement announcement, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        announcement.Cancel(now);
        var unsent = await db.Notifications.Where(n => n.SubjectType == nameof(Announcement) && n.SubjectId == announcement.Id
            && n.Kind == NotificationKind.Announcement && n.SentAt == null && n.ClaimedAt == null).ToListAsync(ct);
        unsent.ForEach(n => n.Cancel(now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The mail for one recipient: subject and body in English and, when written, Chinese, with the fields filled.</summary>
    public static (string Subject, string English, string Chinese) Compose(Announcement announcement, Recipient? recipient, string registrationLink)
    {
        Dictionary<string, string> Values(bool chinese) => new(StringComparer.OrdinalIgnoreCase)
        {
            ["{name}"] = recipient?.Name ?? "",
            ["{country}"] = recipient?.CountryCode is { } code && Countries.IsKnown(code) ? Countries.Name(code, chinese) : "",
            ["{category}"] = recipient is null ? "" : chinese ? Bilingual.Zh(recipient.Category.ToString()) : recipient.Category.ToString(),
            ["{link}"] = registrationLink,
        };

        var english = Values(chinese: false);
        var chineseValues = Values(chinese: true);
        var subject = Announcement.Fill(announcement.Subject, english);
        if (announcement.LocalSubject is not null)
        {
            subject = $"{subject} / {Announcement.Fill(announcement.LocalSubject, chineseValues)}";
        }

        return (subject, Announcement.Fill(announcement.Body, english), announcement.LocalBody is null ? "" : Announcement.Fill(announcement.LocalBody, chineseValues));
    }

    /// <summary>The recipient as the announcement's fields see them, found by address (for the mail) in one event.</summary>
    public static async Task<Recipient?> RecipientAsync(DialogueOpsDbContext db, int eventId, string email, CancellationToken ct)
    {
        var row = await (from p in db.Participants.AsNoTracking()
                         join d in db.Delegations.AsNoTracking() on p.DelegationId equals d.Id into delegations
                         from d in delegations.DefaultIfEmpty()
                         where p.EventId == eventId && p.Email == email && p.ErasedAt == null
                         orderby p.Status == ParticipantStatus.Cancelled || p.Status == ParticipantStatus.Declined, p.Id descending
                         select new { p.Id, p.Email, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.Nationality, Country = d != null ? d.CountryCode : null, p.Category })
            .FirstOrDefaultAsync(ct);
        return row is null ? null
            : new Recipient(row.Id, row.Email, Display.PersonName(row.Honorific, row.GivenName, row.FamilyName, row.NameOrder, null), row.Country ?? row.Nationality, row.Category);
    }
}
