using DialogueOps.BrowserTests;
using DialogueOps.Domain.Notifications;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.IntegrationTests.Infrastructure.Faults;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Features.Notifications;

/// <summary>
/// The app as a real child process is killed with SIGKILL while it is sending 400 due notifications, then started again on
/// the same SQLite files. Every notification must reach its recipient exactly once.
/// </summary>
public class CrashRecoveryTests
{
    private const int Count = 400;

    [Fact]
    public async Task Killing_the_app_mid_dispatch_and_restarting_it_delivers_every_notification_exactly_once()
    {
        var folder = Directory.CreateTempSubdirectory("dialogueops-crash-reminders-").FullName;
        using (var seeder = new FolderSeeder(folder))
        {
            _ = seeder.Server;  // migrated and seeded
        }

        // Our own notifications, due now, to addresses nothing else writes to.
        var ids = await CrashDrill.ReadAsync(folder, async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            var rows = Enumerable.Range(1, Count)
                .Select(i => new Notification(ev.Id, NotificationKind.StatusChanged, $"crash{i}@example.test", "Event", ev.Id, DateTime.UtcNow.AddMinutes(-1)))
                .ToList();
            db.Notifications.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(n => n.Id).ToHashSet();
        });

        var first = new AppProcess(folder, ownsFolder: false, CrashDrill.QuickRecovery);
        await first.InitializeAsync();
        // Kill while a send is under way (claimed, not yet marked sent), the moment recovery has to settle.
        await using (var watch = CrashDrill.Open(folder))
        {
            await CrashDrill.WaitUntilAsync(
                async () => CrashDrill.Count(first.MailFolder, "notification-*.eml") >= 40
                            && await watch.Notifications.AnyAsync(n => ids.Contains(n.Id) && n.ClaimedAt != null && n.SentAt == null),
                TimeSpan.FromSeconds(90), "a send under way after the first 40", pollMilliseconds: 1);
        }

        first.Kill();
        await first.DisposeAsync();

        var deliveredBeforeCrash = CrashDrill.Count(first.MailFolder, "notification-*.eml");
        var unsentAtCrash = await CrashDrill.ReadAsync(folder, db => db.Notifications.CountAsync(n => ids.Contains(n.Id) && n.SentAt == null));
        var claimedAtCrash = await CrashDrill.ReadAsync(folder, db => db.Notifications.CountAsync(n => ids.Contains(n.Id) && n.SentAt == null && n.ClaimedAt != null));
        TestContext.Current.TestOutputHelper?.WriteLine($"Killed with {deliveredBeforeCrash} files written, {unsentAtCrash} not marked sent, {claimedAtCrash} of them claimed mid-send.");
        Assert.True(unsentAtCrash > 0, $"The kill came too late to test anything: all {Count} were sent ({deliveredBeforeCrash} files).");

        // Past the (shortened) lease, so claims the dead process held count as lost.
        await Task.Delay(TimeSpan.FromSeconds(6));
        await using (var second = new AppProcess(folder, ownsFolder: true, CrashDrill.QuickRecovery))
        {
            await second.InitializeAsync();
            await CrashDrill.WaitUntilAsync(
                () => CrashDrill.ReadAsync(folder, db => db.Notifications.AllAsync(n => !ids.Contains(n.Id) || n.SentAt != null)),
                TimeSpan.FromSeconds(150), $"all {Count} notifications marked sent after the restart ({unsentAtCrash} were unsent at the kill)");

            var mails = CrashDrill.Mails(second.MailFolder);
            var ours = mails.Where(m => m.Message.To.Mailboxes.Any(a => a.Address.StartsWith("crash", StringComparison.Ordinal))).ToList();
            Assert.Equal(Count, ours.Count);
            Assert.Equal(Count, ours.Select(m => m.Message.To.Mailboxes.Single().Address).Distinct().Count());
            Assert.Equal(ids.Select(id => $"notification-{id}.eml").Order(), ours.Select(m => m.File).Order());
            Assert.Empty(Directory.GetFiles(second.MailFolder, "notification-*.eml.partial"));  // a write the kill cut short was redone
        }
    }
}
