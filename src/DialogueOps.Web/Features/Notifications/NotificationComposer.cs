using System.Globalization;
using System.Net;
using System.Text;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Notifications;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using MimeKit;

using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Privacy;
using DialogueOps.Web.Features.SiteVisits;
using DialogueOps.Pdf;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.VisaLetters;

namespace DialogueOps.Web.Features.Notifications;

/// <summary>
/// Writes the mail for one notification from the current state of what it is about, so a moved session is announced at its
/// new time. English and Chinese, HTML and plain text; times in the event's zone and, when known, the recipient's own.
/// </summary>
public sealed class NotificationComposer(DialogueOpsDbContext db, PassportVault vault, IConfiguration configuration, TimeProvider clock,
    Microsoft.AspNetCore.Identity.UserManager<DialogueOps.Domain.Identity.ApplicationUser> users)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public sealed record Composed(string Subject, string Text, string Html, (string Name, byte[] Content)? Calendar);

    public async Task<MimeMessage> ComposeMessageAsync(Notification notification, CancellationToken ct)
    {
        var composed = await ComposeAsync(notification, ct);
        var message = new MimeMessage();
        message.To.Add(MailboxAddress.Parse(notification.RecipientEmail));
        message.Subject = composed.Subject;
        // The key travels with the message: a receiving system (or a person) can tell a repeat from a new reminder.
        message.MessageId = $"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(notification.IdempotencyKey)))[..32].ToLowerInvariant()}@dialogueops";
        var body = new BodyBuilder { TextBody = composed.Text, HtmlBody = composed.Html };
        if (composed.Calendar is { } ics)
        {
            body.Attachments.Add(ics.Name, ics.Content, new ContentType("text", "calendar"));
        }

        if (notification.Kind == NotificationKind.HostManifest)
        {
            // Written when sent, not when queued: the host's desk gets the list as it stands.
            var manifest = await ManifestData.LoadAsync(db, vault, notification.EventId!.Value, notification.SubjectId, viewerUserId: null, showPassportNumbers: true, ct);
            if (manifest is not null)
            {
                body.Attachments.Add($"manifest-{notification.SubjectId}.pdf", new SecurityManifestDocument(manifest, clock.GetUtcNow().UtcDateTime).GeneratePdf(),
                    new ContentType("application", "pdf"));
            }
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    public async Task<Composed> ComposeAsync(Notification n, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == n.EventId, ct);
        var recipientZone = await (from p in db.Participants.AsNoTracking()
                                   join u in db.Users.AsNoTracking() on p.UserId equals u.Id
                                   where p.EventId == ev.Id && p.Email == n.RecipientEmail
                                   select u.TimeZoneId).FirstOrDefaultAsync(ct)
                            ?? await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == n.RecipientEmail.ToUpperInvariant()).Select(u => u.TimeZoneId).FirstOrDefaultAsync(ct);
        TimeZoneInfo? own = recipientZone is not null && EventTimeZone.TryFind(recipientZone, out var z) && z.Id != ev.Zone.Id ? z : null;
        string When(DateTime utc, CultureInfo culture) => own is null
            ? EventTimeZone.FormatInstant(utc, ev.Zone, culture)
            : $"{EventTimeZone.FormatInstant(utc, ev.Zone, culture)} · {EventTimeZone.FormatInstant(utc, own, culture)}";

        (string Subject, string En, string Zh, (string, byte[])? Ics) content;
        switch (n.Kind)
        {
            case NotificationKind.SpeakerReminder:
                var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == n.SubjectId, ct);
                var room = session.RoomId is null ? null : await db.Rooms.AsNoTracking().Where(r => r.Id == session.RoomId).Select(r => r.Name).FirstOrDefaultAsync(ct);
                content = ($"Reminder: {session.Title} / {Bilingual.Zh("Session reminder")}",
                    $"You have a part in “{session.Title}” on {When(session.StartsAt, English)}{(room is null ? "" : $", {room}")}. The session is attached as a calendar entry.",
                    Bilingual.Zh("You have a part in “{0}” on {1}.", session.LocalTitle ?? session.Title, When(session.StartsAt, Chinese)) + (room is null ? "" : Bilingual.Zh("Place: {0}.", room)),
                    ($"session-{session.Id}.ics", Calendar(ev, session.Id, session.Title, session.StartsAt, session.EndsAt, room)));
                break;
            case NotificationKind.SiteVisitDeparture:
                var visit = await db.SiteVisits.AsNoTracking().SingleAsync(v => v.Id == n.SubjectId, ct);
                content = ($"Tomorrow: {visit.Title} / {Bilingual.Zh("Site visit reminder")}",
                    $"Your visit “{visit.Title}” starts {When(visit.StartsAt, English)}. Meeting point: {visit.MeetingPoint ?? "see the visit page"}. {visit.Transport}",
                    Bilingual.Zh("Your visit “{0}” starts {1}. Meeting point: {2}.", visit.LocalTitle ?? visit.Title, When(visit.StartsAt, Chinese), visit.MeetingPoint ?? Bilingual.Zh("see the visit page")),
                    null);
                break;
            case NotificationKind.SecurityDataDeadline:
                var secured = await db.SiteVisits.AsNoTracking().SingleAsync(v => v.Id == n.SubjectId, ct);
                content = ($"Passport details needed: {secured.Title} / {Bilingual.Zh("Passport details needed")}",
                    $"The host of “{secured.Title}” needs your passport details by {When(secured.SecurityDataDeadline ?? secured.StartsAt, English)}. Add them at {Link($"/events/{ev.Slug}/passport")}.",
                    Bilingual.Zh("The host of “{0}” needs your passport details by {1}.", secured.LocalTitle ?? secured.Title, When(secured.SecurityDataDeadline ?? secured.StartsAt, Chinese)),
                    null);
                break;
            case NotificationKind.VisaDeadlineApproaching:
                content = ($"{ev.Title}: visa letter deadline / {Bilingual.Zh("Visa letter deadline")}",
                    $"If you need a visa invitation letter, request it before {When(ev.VisaRequestDeadline ?? ev.UtcSpan().StartsAtUtc, English)}: {Link($"/events/{ev.Slug}/visa-letter")}.",
                    Bilingual.Zh("If you need a visa invitation letter, request it before {0}.", When(ev.VisaRequestDeadline ?? ev.UtcSpan().StartsAtUtc, Chinese)),
                    null);
                break;
            case NotificationKind.RegistrationClosingSoon when n.SubjectType == "Participant":
                content = ($"{ev.Title}: please complete your registration / {Bilingual.Zh("Please complete your registration")}",
                    $"Your delegation nominated you. Please complete your registration before {When(ev.RegistrationClosesAt ?? ev.UtcSpan().StartsAtUtc, English)}: {Link($"/events/{ev.Slug}/registration")}.",
                    Bilingual.Zh("Your delegation nominated you. Please complete your registration before {0}.", When(ev.RegistrationClosesAt ?? ev.UtcSpan().StartsAtUtc, Chinese)),
                    null);
                break;
            case NotificationKind.RegistrationClosingSoon:
                content = ($"{ev.Title}: registration closes soon / {Bilingual.Zh("Registration closes soon")}",
                    $"Your delegation still has open places. Registration closes {When(ev.RegistrationClosesAt ?? ev.UtcSpan().StartsAtUtc, English)}: {Link("/delegations")}.",
                    Bilingual.Zh("Your delegation still has open places. Registration closes {0}.", When(ev.RegistrationClosesAt ?? ev.UtcSpan().StartsAtUtc, Chinese)),
                    null);
                break;
            case NotificationKind.LetterIssued:
                var issued = await db.VisaLetterRequests.AsNoTracking().SingleAsync(r => r.Id == n.SubjectId, ct);
                // A link, not the PDF: the letter prints the passport number, and a mail (or a pickup file) is a copy nobody can erase.
                var (letterEn, letterZh) = Bilingual.Pair("Your invitation letter {0} is ready. Sign in to download it, then present it with your visa application at {1}: {2}",
                    issued.ReferenceNumber, issued.Consulate, Link($"/events/{ev.Slug}/visa-letter"));
                content = ($"{ev.Title}: visa invitation letter / {Bilingual.Zh("Visa invitation letter")}", letterEn, letterZh, null);
                break;
            case NotificationKind.StatusChanged when n.SubjectType == "Participant" && Enum.TryParse<ParticipantStatus>(n.Detail, out var status):
                var (statusEn, statusZh) = RegistrationStatusText(status);
                content = ($"{ev.Title}: {RegistrationStatusSubject(status)} / {Bilingual.Zh(RegistrationStatusSubject(status))}",
                    $"{statusEn} {Link($"/events/{ev.Slug}/registration")}", statusZh, null);
                break;
            case NotificationKind.Nominated:
                var nominator = await (from p in db.Participants.AsNoTracking()
                                       join d in db.Delegations.AsNoTracking() on p.DelegationId equals d.Id
                                       where p.Id == n.SubjectId
                                       select d.CountryCode).SingleOrDefaultAsync(ct);
                var bySecretariat = await db.ParticipantStatusChanges.AsNoTracking()
                    .AnyAsync(c => c.ParticipantId == n.SubjectId && c.From == null && c.Reason != null && c.Reason.Contains(Registration.RegistrationDesk.AddedBySecretariat), ct);
                var consented = await db.Participants.AsNoTracking().AnyAsync(p => p.Id == n.SubjectId && p.PrivacyConsentAt != null, ct);
                var (nominatedEn, nominatedZh) = (bySecretariat, consented) switch
                {
                    (true, true) => Bilingual.Pair("The secretariat registered you for this event. Create an account with this email address (or sign in) to see your registration."),
                    (true, false) => Bilingual.Pair("The secretariat registered you for this event. Create an account with this email address (or sign in), then accept the registration and the privacy notice."),
                    _ => Bilingual.Pair(
                        "You were nominated by the delegation of {0}. Create an account with this email address (or sign in), then accept the nomination and the privacy notice.",
                        nominator is null ? "" : Countries.Name(nominator, chinese: false)),
                };
                var waitlisted = n.Detail == nameof(ParticipantStatus.Waitlisted);
                content = (bySecretariat ? $"{ev.Title}: registration / {Bilingual.Zh("Registration")}" : $"{ev.Title}: nomination / {Bilingual.Zh("Nomination")}",
                    $"{nominatedEn}{(waitlisted ? " " + Bilingual.Pair("The quota for your category is used: you are on the waitlist.").English : "")} {Link($"/events/{ev.Slug}/registration")}",
                    nominatedZh + (waitlisted ? Bilingual.Zh("The quota for your category is used: you are on the waitlist.") : ""), null);
                break;
            case NotificationKind.VisaLetterStatusChanged when Enum.TryParse<VisaLetterStatus>(n.Detail, out var letterStatus):
                var request = await db.VisaLetterRequests.AsNoTracking().SingleAsync(r => r.Id == n.SubjectId, ct);
                var (visaEn, visaZh) = letterStatus switch
                {
                    VisaLetterStatus.Submitted => Bilingual.Pair("We received your request for a visa invitation letter. The secretariat will review it."),
                    VisaLetterStatus.NeedsInformation => Bilingual.Pair("The secretariat needs more information: {0}", request.InformationRequested),
                    VisaLetterStatus.Approved => Bilingual.Pair("Your request for a visa invitation letter was approved. The letter follows shortly."),
                    VisaLetterStatus.Rejected => Bilingual.Pair("We are sorry: your request for a visa invitation letter was not accepted. Reason: {0}", request.RejectionReason),
                    VisaLetterStatus.Revoked => Bilingual.Pair("Your invitation letter {0} was revoked. Reason: {1}", request.ReferenceNumber, request.RevocationReason),
                    _ => Bilingual.Pair("Your visa-letter request changed."),
                };
                content = ($"{ev.Title}: visa invitation letter / {Bilingual.Zh("Visa invitation letter")}", visaEn, visaZh, null);
                break;
            case NotificationKind.SiteVisitSeat:
                var seat = await db.SiteVisits.AsNoTracking().SingleAsync(v => v.Id == n.SubjectId, ct);
                content = ($"{seat.Title}: you have a seat / {Bilingual.Zh("You have a seat on the visit")}",
                    $"A seat became free: you are now confirmed for “{seat.Title}” on {When(seat.StartsAt, English)}. Meeting point: {seat.MeetingPoint ?? "to be announced"}.",
                    Bilingual.Zh("A seat became free: you are now confirmed for “{0}”. Meeting point: {1}.", seat.LocalTitle ?? seat.Title, seat.MeetingPoint ?? Bilingual.Zh("to be announced")),
                    null);
                break;
            case NotificationKind.HostManifest:
                var manifestVisit = await db.SiteVisits.AsNoTracking().SingleAsync(v => v.Id == n.SubjectId, ct);
                content = ($"Visitor manifest: {manifestVisit.Title} / {Bilingual.Zh("Visitor manifest")}",
                    $"Dear colleagues, attached is the list of visitors for {manifestVisit.Title} ({When(manifestVisit.StartsAt, English)}). It contains personal data for your security desk only.",
                    Bilingual.Zh("The visitor manifest is attached. It contains personal data for your security desk only."), null);
                break;
            case NotificationKind.TeamGrant:
                content = await TeamGrantAsync(ev, n, ct);
                break;
            case NotificationKind.Announcement:
                var announcement = await db.Announcements.AsNoTracking().SingleAsync(a => a.Id == n.SubjectId, ct);
                var (announcementSubject, announcementEn, announcementZh) = Announcements.AnnouncementDesk.Compose(announcement,
                    await Announcements.AnnouncementDesk.RecipientAsync(db, ev.Id, n.RecipientEmail, ct), Link($"/events/{ev.Slug}/registration"));
                content = (announcementSubject, announcementEn, announcementZh, null);
                break;
            case NotificationKind.SessionMoved:
                var moved = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == n.SubjectId, ct);
                var movedRoom = moved.RoomId is null ? null : await db.Rooms.AsNoTracking().Where(r => r.Id == moved.RoomId).Select(r => new { r.Name, r.LocalName }).FirstOrDefaultAsync(ct);
                content = ($"{ev.Title}: your session moved / {Bilingual.Zh("Your session moved")}",
                    $"“{moved.Title}”, where you have a part, moved. It is now on {When(moved.StartsAt, English)} – {EventTimeZone.FormatInstant(moved.EndsAt, ev.Zone, English)}" +
                    $"{(movedRoom is null ? "" : $", {movedRoom.Name}")}. The updated calendar entry is attached; the programme: {Link($"/events/{ev.Slug}/agenda")}",
                    Bilingual.Zh("“{0}”, where you have a part, moved. It is now on {1}.", moved.LocalTitle ?? moved.Title, When(moved.StartsAt, Chinese))
                        + (movedRoom is null ? "" : Bilingual.Zh("Place: {0}.", movedRoom.LocalName ?? movedRoom.Name)),
                    ($"session-{moved.Id}.ics", Calendar(ev, moved.Id, moved.Title, moved.StartsAt, moved.EndsAt, movedRoom?.Name)));
                break;
            case NotificationKind.OutcomeSummaryPublished:
                content = ($"{ev.Title}: outcome summary published / {Bilingual.Zh("Outcome summary published")}",
                    $"The outcome summary of the dialogue is published: {Link($"/events/{ev.Slug}/outcomes")}. Thank you for your contributions.",
                    Bilingual.Zh("The outcome summary of the dialogue is published. Thank you for your contributions."),
                    null);
                break;
            default:
                content = ($"{ev.Title}", "There is news about the dialogue.", Bilingual.Zh("There is news about the dialogue."), null);
                break;
        }

        // A letter's mail names no time; the line about zones would only puzzle its reader.
        var zoneLine = n.Kind is NotificationKind.LetterIssued or NotificationKind.Announcement ? ""
            : own is null ? $"Times are {EventTimeZone.Describe(ev.Zone, DateTime.UtcNow, English)}." : $"Times: event zone · your zone ({own.Id}).";
        var english = zoneLine.Length == 0 ? content.En : $"{content.En}\n{zoneLine}";
        var text = content.Zh.Length == 0 ? $"{english}\n\n{ev.Title}\n" : $"{english}\n\n{content.Zh}\n\n{ev.Title}\n";
        var html = Paragraphs(content.En, null) + (zoneLine.Length == 0 ? "" : $"<p><small>{WebUtility.HtmlEncode(zoneLine)}</small></p>") +
                   (content.Zh.Length == 0 ? "" : Paragraphs(content.Zh, "zh-Hans")) + $"<p>{WebUtility.HtmlEncode(ev.Title)}</p>";
        return new Composed(content.Subject, text, html, content.Ics);
    }

    private async Task<(string, string, string, (string, byte[])?)> TeamGrantAsync(Event ev, Notification n, CancellationToken ct)
    {
        var subject = $"{ev.Title}: {Bilingual.Both("your role on the team", " / ")}";
        var grant = await db.EventGrants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == n.SubjectId, ct);
        var user = grant is null ? null : await users.FindByIdAsync(grant.UserId);
        if (grant is null || user is null)
        {
            var (goneEn, goneZh) = Bilingual.Pair("Your role on the team of {0} was withdrawn.", ev.Title);
            return (subject, goneEn, goneZh, null);
        }

        var role = DialogueOps.Web.Features.Teams.TeamRoles.Name(grant.Kind);
        var delegation = grant.DelegationId is { } delegationId
            ? await db.Delegations.AsNoTracking().Where(d => d.Id == delegationId).Select(d => d.CountryCode).SingleOrDefaultAsync(ct)
            : null;
        const string RoleLine = "You now have the role “{0}” on the team of {1}.";
        const string FocalPointLine = "You are now a focal point of the delegation of {0} for {1}.";
        var (roleEn, roleZh) = delegation is null
            ? (string.Format(English, RoleLine, role, ev.Title), Bilingual.Zh(RoleLine, Bilingual.Zh(role), ev.Title))
            : (string.Format(English, FocalPointLine, Countries.Name(delegation, chinese: false), ev.Title), Bilingual.Zh(FocalPointLine, Countries.Name(delegation, chinese: true), ev.Title));

        (string En, string Zh) next;
        if (!await users.HasPasswordAsync(user))
        {
            // Written when sent, so the code is fresh; it proves the address and lets the person choose a password.
            var code = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            next = Bilingual.Pair("Choose your password to sign in (the link works for three days): {0}", Link($"/Identity/Account/ResetPassword?code={code}"));
        }
        else
        {
            next = Bilingual.Pair("Sign in to start: {0}", Link("/Identity/Account/Login"));
        }

        return (subject, $"{roleEn} {next.En}", $"{roleZh}{next.Zh}", null);
    }

    /// <summary>Text as HTML paragraphs: a blank line starts a paragraph, a single line break stays one (an announcement's body is typed so).</summary>
    private static string Paragraphs(string text, string? lang) => string.Concat(
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p{(lang is null ? "" : $" lang=\"{lang}\"")}>{WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));

    private static string RegistrationStatusSubject(ParticipantStatus status) => status switch
    {
        ParticipantStatus.Nominated => "Please accept your nomination",
        ParticipantStatus.Registered => "Registration received",
        ParticipantStatus.Confirmed => "Participation confirmed",
        ParticipantStatus.Waitlisted => "On the waitlist",
        ParticipantStatus.Declined => "Registration not accepted",
        ParticipantStatus.Cancelled => "Registration cancelled",
        _ => "Registration status",
    };

    private static (string English, string Chinese) RegistrationStatusText(ParticipantStatus status) => status switch
    {
        ParticipantStatus.Nominated => Bilingual.Pair("A place is held for you. Please sign in, accept the nomination and the privacy notice, and complete your registration."),
        ParticipantStatus.Registered => Bilingual.Pair("Your registration was received and is being reviewed by the secretariat."),
        ParticipantStatus.Confirmed => Bilingual.Pair("Your participation is confirmed."),
        ParticipantStatus.Waitlisted => Bilingual.Pair("The event or your delegation's quota is full: you are on the waitlist. We will write as soon as a place is free."),
        ParticipantStatus.Declined => Bilingual.Pair("We are sorry: the secretariat could not accept your registration."),
        ParticipantStatus.Cancelled => Bilingual.Pair("Your registration is cancelled."),
        _ => Bilingual.Pair("Your registration status changed."),
    };

    private string Link(string path) => $"{(configuration["App:PublicBaseUrl"] ?? "http://127.0.0.1:5080").TrimEnd('/')}{path}";

    private static byte[] Calendar(Event ev, int sessionId, string title, DateTime startsAtUtc, DateTime endsAtUtc, string? room)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//DialogueOps//Reminder//EN" };
        calendar.Events.Add(new CalendarEvent
        {
            // The agenda's UID: importing the reminder updates the entry the agenda feed made.
            Uid = $"session-{sessionId}@{ev.Slug}.dialogueops",
            Summary = title,
            Location = room is null ? ev.Venue : $"{room}, {ev.Venue}",
            DtStart = new CalDateTime(DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(endsAtUtc, DateTimeKind.Utc)),
        });
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}
