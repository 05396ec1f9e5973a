using DialogueOps.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DialogueOps.Web.Features.Notifications;

namespace DialogueOps.IntegrationTests.Features.Notifications;

public class RestartTests
{
    [Fact]
    public async Task A_reminder_scheduled_before_a_restart_is_delivered_by_the_restarted_app()
    {
        var folder = Directory.CreateTempSubdirectory("dialogueops-restart-").FullName;
        try
        {
            long id;
            DateTime due;
            await using (var before = new RestartedReminderFactory(folder))
            {
                _ = before.Services;
                due = before.Clock.GetUtcNow().UtcDateTime.AddHours(1);
                id = await before.WithDbAsync(async db =>
                {
                    var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
                    var n = new Notification(ev.Id, NotificationKind.StatusChanged, "after-restart@example.test", "Event", ev.Id, due);
                    db.Notifications.Add(n);
                    await db.SaveChangesAsync();
                    return n.Id;
                });
            }

            await using var after = new RestartedReminderFactory(folder);
            after.Clock.SetUtcNow(due.AddMinutes(1));
            await using (var scope = after.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DispatchNotificationsJob>().RunAsync(CancellationToken.None);
            }

            for (var attempt = 0; attempt < 100 && !after.Smtp.ReceivedEmail.Any(); attempt++)
            {
                await Task.Delay(100);
            }

            Assert.Single(after.Smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == "after-restart@example.test"));
            Assert.True(await after.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Id == id)));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may hold the file a moment longer; the temp folder is cleaned by the OS.
            }
        }
    }
}

public class QuietHoursTests
{
    private static readonly ReminderPlanner Planner = new(null!, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new ReminderOptions()));
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");

    [Fact]
    public void A_reminder_due_at_night_in_the_recipients_zone_goes_out_the_evening_before()
    {
        // 23:30 in Yangon (UTC+6:30) is 17:00 UTC; it moves to 21:45 Yangon, 15:15 UTC.
        var due = Planner.Due(new DateTime(2027, 7, 7, 17, 0, 0, DateTimeKind.Utc), new DateTime(2027, 7, 8, 17, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc), Yangon);

        Assert.Equal(new DateTime(2027, 7, 7, 15, 15, 0, DateTimeKind.Utc), due);
    }

    [Fact]
    public void A_late_reminder_is_due_now_unless_now_is_night_for_the_recipient_then_it_waits_for_the_morning()
    {
        var anchor = new DateTime(2027, 7, 8, 10, 0, 0, DateTimeKind.Utc);
        var afternoon = new DateTime(2027, 7, 8, 2, 0, 0, DateTimeKind.Utc);   // 08:30 in Yangon
        var night = new DateTime(2027, 7, 7, 18, 0, 0, DateTimeKind.Utc);      // 00:30 in Yangon

        Assert.Equal(afternoon, Planner.Due(anchor.AddDays(-1), anchor, afternoon, Yangon));
        Assert.Equal(new DateTime(2027, 7, 8, 0, 30, 0, DateTimeKind.Utc), Planner.Due(anchor.AddDays(-1), anchor, night, Yangon));  // 07:00 Yangon
    }
}
