using System.Net;
using DialogueOps.BrowserTests;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Notifications;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.IntegrationTests.Infrastructure.Faults;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Features.Registration;

/// <summary>
/// A status mail is written in the transaction of the decision, so a crash right after the commit cannot lose it. The first
/// app runs no job server at all: the mail cannot leave before the SIGKILL, whatever the timing. The restarted app sends it.
/// </summary>
public class StatusMailCrashTests
{
    [Fact]
    public async Task A_decision_committed_just_before_a_crash_is_still_mailed_once_after_the_restart()
    {
        var folder = Directory.CreateTempSubdirectory("dialogueops-crash-status-").FullName;
        using (var seeder = new FolderSeeder(folder))
        {
            _ = seeder.Server;  // migrated and seeded
        }

        var (eventId, participantId, email) = await CrashDrill.ReadAsync(folder, async db =>
        {
            var p = await db.Participants.Where(p => p.Status == ParticipantStatus.Confirmed && p.Email != "").OrderBy(p => p.Id).FirstAsync();
            return (p.EventId, p.Id, p.Email);
        });

        var first = new AppProcess(folder, ownsFolder: false, new Dictionary<string, string>(CrashDrill.QuickRecovery) { ["Hangfire__ServerEnabled"] = "false" });
        await first.InitializeAsync();
        using (var secretariat = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(first.BaseUrl) })
        {
            await secretariat.SignInAsync(Browser.Demo("secretariat"));  // the seeding factory's password
            var decided = await secretariat.SubmitAsync($"/secretariat/events/{eventId}/participants/{participantId}", "#decision-form",
                new Dictionary<string, string?> { ["Reason"] = "Crash drill: seat given to a minister" }, "button[value='Declined']");
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        }

        first.Kill();
        await first.DisposeAsync();

        var mail = await CrashDrill.ReadAsync(folder, db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.Kind == NotificationKind.StatusChanged && n.SubjectType == "Participant" && n.SubjectId == participantId));
        Assert.Equal(nameof(ParticipantStatus.Declined), mail.Detail);
        Assert.Null(mail.SentAt);
        Assert.Equal(0, CrashDrill.Count(first.MailFolder, "*.eml"));

        await using var second = new AppProcess(folder, ownsFolder: true, CrashDrill.QuickRecovery);
        await second.InitializeAsync();
        await CrashDrill.WaitUntilAsync(
            () => CrashDrill.ReadAsync(folder, db => db.Notifications.AnyAsync(n => n.Id == mail.Id && n.SentAt != null)),
            TimeSpan.FromSeconds(120), "the status mail marked sent after the restart");

        var sent = Assert.Single(CrashDrill.Mails(second.MailFolder), m => m.Message.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal($"notification-{mail.Id}.eml", sent.File);
        Assert.Contains("could not accept your registration", sent.Message.TextBody ?? "", StringComparison.Ordinal);
    }
}
