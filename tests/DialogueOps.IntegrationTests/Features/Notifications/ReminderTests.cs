using System.Net;
using System.Text;
using DialogueOps.Data;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Programme;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using DialogueOps.Web.Features.Notifications;

namespace DialogueOps.IntegrationTests.Features.Notifications;

/// <summary>What every reminder scenario needs: run the jobs, read the mail server, wait for the outbox to settle.</summary>
public abstract class ReminderScenario(ReminderFactory factory)
{
    protected readonly ReminderFactory factory = factory;

    protected async Task<int> DispatchAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DispatchNotificationsJob>().RunAsync(CancellationToken.None);
    }

    protected async Task SendAsync(long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendNotificationJob>().RunAsync(id, CancellationToken.None);
    }

    protected static IEnumerable<SmtpMessage> To(SimpleSmtpServer smtp, string address) =>
        smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)));

    protected async Task<SmtpMessage> WaitForAsync(string address, string subjectPart)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (To(factory.Smtp, address).FirstOrDefault(m => m.Subject.Contains(subjectPart, StringComparison.Ordinal)) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No “{subjectPart}” reached {address}.");
    }

    /// <summary>The send job writes "sent" a moment after the mail server has the message.</summary>
    protected async Task<Notification> SettledAsync(long id)
    {
        for (var attempt = 0; ; attempt++)
        {
            var n = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(x => x.Id == id));
            if (n.State != NotificationState.Sending || attempt == 50)
            {
                return n;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>A notification of our own, due now, to an address no planned reminder uses.</summary>
    protected Task<long> DueNowAsync(string address) => factory.WithDbAsync(async db =>
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
        var session = await db.Sessions.OrderBy(s => s.StartsAt).FirstAsync(s => s.EventId == ev.Id);
        var n = new Notification(ev.Id, NotificationKind.StatusChanged, address, "Session", session.Id, factory.Clock.GetUtcNow().UtcDateTime);
        db.Notifications.Add(n);
        await db.SaveChangesAsync();
        return n.Id;
    });

}

/// <summary>Scenarios on the demo dialogue's own clock; each that moves the clock far lives in a class of its own.</summary>
public class ReminderTests(ReminderFactory app) : ReminderScenario(app), IClassFixture<ReminderFactory>
{
    [Fact]
    public async Task A_speaker_reminder_arrives_24_hours_before_the_session_in_both_zones_with_the_session_attached_and_not_before()
    {
        var closing = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Title.StartsWith("Closing Session")));
        await factory.WithDbAsync(async db =>
        {
            var siti = await db.Users.SingleAsync(u => u.Email == Browser.Demo("delegate"));
            siti.TimeZoneId = "Asia/Bangkok";
            return await db.SaveChangesAsync();
        });
        const string sitiEmail = "siti.rahman.my@demo.dialogueops.test";

        factory.Clock.SetUtcNow(closing.StartsAt.AddHours(-25));
        await DispatchAsync();
        await Task.Delay(500);
        Assert.DoesNotContain(To(factory.Smtp, sitiEmail), m => m.Subject.Contains("Closing Session", StringComparison.Ordinal));
        var planned = await factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.Kind == NotificationKind.SpeakerReminder && n.RecipientEmail == sitiEmail && n.SubjectId == closing.Id && n.CancelledAt == null));
        Assert.Equal(closing.StartsAt.AddHours(-24), planned.DueAt);

        factory.Clock.SetUtcNow(closing.StartsAt.AddHours(-24).AddMinutes(1));
        await DispatchAsync();

        var mail = await WaitForAsync(sitiEmail, "Closing Session");
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)));
        Assert.Contains("16:00", message.TextBody, StringComparison.Ordinal);  // Shenzhen, the event's zone
        Assert.Contains("15:00", message.TextBody, StringComparison.Ordinal);  // Bangkok, her own
        Assert.Contains("会议提醒", message.Subject, StringComparison.Ordinal);
        Assert.NotNull(message.HtmlBody);
        var ics = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        Assert.Equal(NotificationState.Sent, (await SettledAsync(planned.Id)).State);
    }

    [Fact]
    public async Task Two_dispatchers_at_once_and_a_send_job_rerun_after_a_crash_deliver_each_notification_at_most_once()
    {
        var first = await DueNowAsync("once-a@example.test");
        var second = await DueNowAsync("once-b@example.test");

        await Task.WhenAll(DispatchAsync(), DispatchAsync(), SendAsync(first), SendAsync(first), SendAsync(second));
        await WaitForAsync("once-a@example.test", "");
        await WaitForAsync("once-b@example.test", "");

        // The crash: the message went out but "sent" was never written. The claim stays, so a re-run sends nothing.
        await factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == second).ExecuteUpdateAsync(n => n.SetProperty(x => x.SentAt, (DateTime?)null)));
        await SendAsync(second);
        await DispatchAsync();
        await Task.Delay(1000);

        Assert.Single(To(factory.Smtp, "once-a@example.test"));
        Assert.Single(To(factory.Smtp, "once-b@example.test"));
        var stuck = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == second));
        Assert.Equal(NotificationState.Sending, stuck.State);
    }

    [Fact]
    public async Task When_the_mail_server_is_down_the_send_fails_keeps_the_error_and_succeeds_after_it_returns()
    {
        var id = await DueNowAsync("patient@example.test");
        factory.StopSmtp();
        try
        {
            await SendAsync(id);
        }
        finally
        {
            factory.StartSmtp();
        }

        var failed = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal(NotificationState.Retrying, failed.State);
        Assert.Equal(1, failed.Attempts);
        Assert.NotNull(failed.LastError);
        Assert.True(failed.NextAttemptAt > factory.Clock.GetUtcNow().UtcDateTime);

        await DispatchAsync();  // before the backoff: nothing is tried
        await Task.Delay(500);
        Assert.Empty(To(factory.Smtp, "patient@example.test"));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await DispatchAsync();
        await WaitForAsync("patient@example.test", "");
        var sent = await SettledAsync(id);
        Assert.Equal(NotificationState.Sent, sent.State);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task The_jobs_dashboard_is_for_administrators_only()
    {
        var anonymous = await factory.CreateBrowser().GetAsync("/hangfire");
        var delegateClient = factory.CreateBrowser();
        await delegateClient.SignInAsync(Browser.Demo("delegate"));
        var admin = factory.CreateBrowser();
        await admin.SignInAsync(Browser.Demo("admin"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateClient.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }
}

public class OutboxTests(ReminderFactory factory) : IClassFixture<ReminderFactory>
{
    [Fact]
    public async Task The_organizer_sees_every_notification_filters_previews_and_resends_one_and_an_announcement_reaches_each_confirmed_participant_once()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        int added;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var planner = scope.ServiceProvider.GetRequiredService<ReminderPlanner>();
            await planner.PlanAsync(eventId, CancellationToken.None);
            added = await planner.AnnounceAsync(eventId, NotificationKind.OutcomeSummaryPublished, "Event", eventId, CancellationToken.None);
            Assert.Equal(0, await planner.AnnounceAsync(eventId, NotificationKind.OutcomeSummaryPublished, "Event", eventId, CancellationToken.None));
        }

        var confirmed = await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.EventId == eventId && p.Status == DialogueOps.Domain.Delegations.ParticipantStatus.Confirmed));
        Assert.Equal(confirmed, added);

        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var speakers = await organizer.GetPageAsync($"/organize/events/{eventId}/outbox?kind=SpeakerReminder&state=Pending");
        var rows = speakers.QuerySelectorAll("#outbox tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Waiting", r.TextContent, StringComparison.Ordinal));

        var first = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.EventId == eventId && n.Kind == NotificationKind.SpeakerReminder)
            .OrderBy(n => n.Id).FirstAsync());
        var preview = await organizer.GetPageAsync($"/organize/events/{eventId}/outbox?preview={first.Id}");
        Assert.Contains("Reminder:", preview.QuerySelector("#preview")!.TextContent, StringComparison.Ordinal);

        var resent = await organizer.PostAsync($"/organize/events/{eventId}/outbox?handler=Resend&notificationId={first.Id}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", preview.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientEmail == first.RecipientEmail && n.SubjectId == first.SubjectId
            && n.Kind == NotificationKind.SpeakerReminder && n.CancelledAt == null)));

        var delegateClient = factory.CreateBrowser();
        await delegateClient.SignInAsync(Browser.Demo("delegate"));
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateClient.GetAsync($"/organize/events/{eventId}/outbox")).StatusCode);
    }
}

public class RegistrationClosingTests(ReminderFactory factory) : IClassFixture<ReminderFactory>
{
    [Fact]
    public async Task A_nominee_who_never_completed_registration_is_reminded_before_registration_closes_but_confirmed_people_are_not()
    {
        var (eventId, closes) = await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            var nominee = new DialogueOps.Domain.Delegations.Participant(ev.Id,
                new DialogueOps.Domain.Delegations.PersonName(null, "Aisyah", "Karim", DialogueOps.Domain.Delegations.NameOrder.GivenFirst, null),
                "aisyah.karim@example.my", "MY", DialogueOps.Domain.Delegations.ParticipantCategory.Observer);
            db.Participants.Add(nominee);
            await db.SaveChangesAsync();
            return (ev.Id, ev.RegistrationClosesAt!.Value);
        });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().PlanAsync(eventId, CancellationToken.None);
        }

        var reminders = await factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.EventId == eventId && n.Kind == NotificationKind.RegistrationClosingSoon && n.CancelledAt == null).ToListAsync());
        var nomineeReminder = Assert.Single(reminders, n => n.RecipientEmail == "aisyah.karim@example.my");
        Assert.True(nomineeReminder.DueAt <= closes.AddDays(-3) && nomineeReminder.DueAt > closes.AddDays(-4));
        Assert.DoesNotContain(reminders, n => n.RecipientEmail == "siti.rahman.my@demo.dialogueops.test");
        await using var compose = factory.Services.CreateAsyncScope();
        var text = await compose.ServiceProvider.GetRequiredService<NotificationComposer>().ComposeAsync(nomineeReminder, CancellationToken.None);
        Assert.Contains("complete your registration", text.Text, StringComparison.Ordinal);
    }
}

/// <summary>
/// Its own app: it sets the clock to three days before a session, which another scenario in a shared app may
/// already have passed (reminders sent, the clock unable to go back), so sharing made the result depend on test order.
/// </summary>
public class RescheduleTests(ReminderFactory app) : ReminderScenario(app), IClassFixture<ReminderFactory>
{
    [Fact]
    public async Task Moving_a_session_reschedules_its_reminders_and_cancelling_a_registration_cancels_them()
    {
        var (sessionId, speakerId, speakerEmail) = await factory.WithDbAsync(async db =>
        {
            var role = await db.SessionRoles.OrderBy(r => r.Id).Skip(2).FirstAsync();
            var email = await db.Participants.Where(p => p.Id == role.ParticipantId).Select(p => p.Email).SingleAsync();
            return (role.SessionId, role.ParticipantId, email);
        });
        var session = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId));
        factory.Clock.SetUtcNow(session.StartsAt.AddDays(-3));
        await DispatchAsync();
        Notification Pending() => factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.Kind == NotificationKind.SpeakerReminder && n.RecipientEmail == speakerEmail && n.SubjectId == sessionId && n.CancelledAt == null && n.SentAt == null))
            .GetAwaiter().GetResult();
        var before = Pending();

        await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, x => x.StartsAt.AddHours(1)).SetProperty(x => x.EndsAt, x => x.EndsAt.AddHours(1))));
        await DispatchAsync();

        var after = Pending();
        Assert.NotEqual(before.Id, after.Id);
        Assert.Equal(before.DueAt.AddHours(1), after.DueAt);
        Assert.NotNull((await factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == before.Id))).CancelledAt);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == session.EventId);
            await scope.ServiceProvider.GetRequiredService<DialogueOps.Web.Features.Registration.RegistrationDesk>().CancelAsync(ev, speakerId, null, "Unwell", CancellationToken.None);
        }

        await DispatchAsync();
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientEmail == speakerEmail && n.Kind == NotificationKind.SpeakerReminder
            && n.SentAt == null && n.CancelledAt == null)));
    }
}
