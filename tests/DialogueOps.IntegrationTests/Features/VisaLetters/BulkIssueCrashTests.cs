using System.Net;
using DialogueOps.BrowserTests;
using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Jobs;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.IntegrationTests.Infrastructure.Faults;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using DialogueOps.Web.Features.VisaLetters;

namespace DialogueOps.IntegrationTests.Features.VisaLetters;

/// <summary>
/// The secretariat issues 40 approved letters in one batch; the app (a real child process) is killed with SIGKILL halfway
/// and started again on the same SQLite files. The batch must finish by itself: every letter numbered once, the numbers
/// gap-free, a letter numbered before the crash keeps its number, and each delegate gets exactly one mail with the letter.
/// </summary>
public class BulkIssueCrashTests
{
    private const int Count = 40;

    [Fact]
    public async Task Killing_the_app_during_a_bulk_issue_and_restarting_it_finishes_the_batch_without_gaps_or_doubles()
    {
        var folder = Directory.CreateTempSubdirectory("dialogueops-crash-letters-").FullName;
        int eventId;
        List<int> requestIds;
        using (var seeder = new FolderSeeder(folder))
        {
            await using var scope = seeder.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
            var vault = scope.ServiceProvider.GetRequiredService<PassportVault>();
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            var secretariat = await db.Users.Where(u => u.Email == Browser.Demo("secretariat")).Select(u => u.Id).SingleAsync();
            var people = Enumerable.Range(1, Count).Select(i =>
            {
                var p = new Participant(ev.Id, new PersonName(null, $"Crash{i}", "Drill", NameOrder.GivenFirst, null), $"letter{i}@crash.example", "TH", ParticipantCategory.Expert);
                p.Confirm();
                return p;
            }).ToList();
            db.Participants.AddRange(people);
            await db.SaveChangesAsync();
            var now = DateTime.UtcNow;
            var requests = people.Select((p, i) =>
            {
                var (number, birth) = vault.Seal($"AB{1_000_000 + i}", new DateOnly(1985, 1, 1));
                var request = new VisaLetterRequest(ev.Id, p.Id, new VisaLetterTrip("Embassy of the People's Republic of China in Thailand", ev.StartDate.AddDays(-1), ev.EndDate.AddDays(1), null),
                    new PassportFacts($"DRILL CRASH{i + 1}", "TH", "TH", ev.EndDate.AddYears(4)), number, birth, now);
                request.Approve(secretariat, now);
                return request;
            }).ToList();
            db.VisaLetterRequests.AddRange(requests);
            await db.SaveChangesAsync();
            (eventId, requestIds) = (ev.Id, requests.Select(r => r.Id).ToList());
        }

        var first = new AppProcess(folder, ownsFolder: false, CrashDrill.QuickRecovery);
        await first.InitializeAsync();
        using (var secretariat = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(first.BaseUrl) })
        {
            await secretariat.SignInAsync(Browser.Demo("secretariat"));
            var started = await BulkIssueTests.PostSelectionAsync(secretariat, eventId, "Issue", requestIds);
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        Task<int> IssuedAsync() => CrashDrill.ReadAsync(folder, db => db.VisaLetterRequests.CountAsync(r => requestIds.Contains(r.Id) && r.ReferenceSequence != null));
        await CrashDrill.WaitUntilAsync(async () => await IssuedAsync() >= 5, TimeSpan.FromSeconds(60), "five letters numbered", pollMilliseconds: 10);
        first.Kill();
        await first.DisposeAsync();

        var numberedAtCrash = await CrashDrill.ReadAsync(folder, db => db.VisaLetterRequests.Where(r => requestIds.Contains(r.Id) && r.ReferenceSequence != null)
            .ToDictionaryAsync(r => r.Id, r => r.ReferenceNumber));
        TestContext.Current.TestOutputHelper?.WriteLine($"Killed with {numberedAtCrash.Count} of {Count} letters numbered.");
        Assert.True(numberedAtCrash.Count < Count, "The kill came too late to test anything: the whole batch was issued.");

        await Task.Delay(TimeSpan.FromSeconds(6));
        await using var second = new AppProcess(folder, ownsFolder: true, CrashDrill.QuickRecovery);
        await second.InitializeAsync();
        await CrashDrill.WaitUntilAsync(async () => await IssuedAsync() == Count
                && await CrashDrill.ReadAsync(folder, db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.LetterIssued && n.SentAt != null && requestIds.Contains(n.SubjectId))) == Count,
            TimeSpan.FromSeconds(150), $"all {Count} letters issued and mailed after the restart ({numberedAtCrash.Count} were numbered at the kill)");

        await using var read = CrashDrill.Open(folder);
        var letters = await read.VisaLetterRequests.AsNoTracking().Where(r => r.EventId == eventId && r.ReferenceSequence != null).ToListAsync();
        Assert.Equal(Enumerable.Range(1, letters.Count), letters.Select(r => r.ReferenceSequence!.Value).Order());
        Assert.All(requestIds, id => Assert.Equal(VisaLetterStatus.Issued, letters.Single(r => r.Id == id).Status));
        Assert.All(numberedAtCrash, kept => Assert.Equal(kept.Value, letters.Single(r => r.Id == kept.Key).ReferenceNumber));

        var run = await read.JobRuns.AsNoTracking().SingleAsync(r => r.EventId == eventId && r.Kind == VisaLetterDesk.BulkIssueKind);
        await CrashDrill.WaitUntilAsync(() => CrashDrill.ReadAsync(folder, d => d.JobRuns.AnyAsync(r => r.Id == run.Id && r.FinishedAt != null)),
            TimeSpan.FromSeconds(30), "the batch's progress finished");
        var finished = await CrashDrill.ReadAsync(folder, d => d.JobRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id));
        Assert.Equal((Count, 0), (finished.Completed, finished.Failed));

        var mails = CrashDrill.Mails(second.MailFolder).Where(m => m.Message.To.Mailboxes.Single().Address.EndsWith("@crash.example", StringComparison.Ordinal)).ToList();
        Assert.Equal(Count, mails.Count);
        foreach (var request in letters.Where(r => requestIds.Contains(r.Id)))
        {
            var participant = await read.Participants.AsNoTracking().SingleAsync(p => p.Id == request.ParticipantId);
            var mail = Assert.Single(mails, m => m.Message.To.Mailboxes.Single().Address == participant.Email);
            Assert.Contains(request.ReferenceNumber!, mail.Message.TextBody, StringComparison.Ordinal);
            Assert.Empty(mail.Message.Attachments);  // a link to the letter, never the passport number in a pickup file
        }
    }
}
