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
        await DrainJobsAsync();
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
        await DrainJobsAsync();

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
        await DrainJobsAsync();
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
