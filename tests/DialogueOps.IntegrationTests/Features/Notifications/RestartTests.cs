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
