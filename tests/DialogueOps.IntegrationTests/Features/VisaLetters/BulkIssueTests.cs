using System.Net;
using System.Text.Json;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DialogueOps.IntegrationTests.Features.VisaLetters;

/// <summary>Bulk issue through Hangfire with progress and gap-free numbering, on the demo queue.</summary>
public class BulkIssueTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task Bulk_approve_then_bulk_issue_runs_in_the_background_with_progress_and_numbers_letters_without_gaps()
    {
        var eventId = await VisaLetterFlow.EventIdAsync(factory);
        var (_, sitiRequest) = await VisaLetterFlow.RequestAsDelegateAsync(factory);
        var secretariat = await VisaLetterFlow.SecretariatAsync(factory);
        var all = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.EventId == eventId).Select(r => r.Id).ToListAsync());

        var approved = await PostSelectionAsync(secretariat, eventId, "Approve", all);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        // The one waiting for the delegate's answer is not approved by a bulk action.
        Assert.Equal(VisaLetterStatus.NeedsInformation, await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.NameAsInPassport.StartsWith("JAIDEE")).Select(r => r.Status).SingleAsync()));

        var issued = await PostSelectionAsync(secretariat, eventId, "Issue", all);
        var queueUrl = issued.Headers.Location!.OriginalString;
        Assert.Contains("run=", queueUrl, StringComparison.Ordinal);
        var runId = int.Parse(queueUrl[(queueUrl.IndexOf("run=", StringComparison.Ordinal) + 4)..].Split('&')[0], System.Globalization.CultureInfo.InvariantCulture);
        var queue = await secretariat.GetPageAsync(queueUrl);
        Assert.NotNull(queue.QuerySelector("#job-progress .progress"));

        JsonElement progress = default;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var json = await secretariat.GetStringAsync($"/secretariat/events/{eventId}/visa-letters?handler=Progress&run={runId}");
            progress = JsonDocument.Parse(json).RootElement;
            if (progress.GetProperty("finished").GetBoolean())
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.True(progress.GetProperty("finished").GetBoolean(), "The bulk issue did not finish within 30 s.");
        Assert.Equal(3, progress.GetProperty("total").GetInt32());
        Assert.Equal(3, progress.GetProperty("completed").GetInt32());
        Assert.Equal(100, progress.GetProperty("percent").GetInt32());
        var references = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.EventId == eventId && r.ReferenceSequence != null)
            .OrderBy(r => r.ReferenceSequence).Select(r => new { r.ReferenceSequence, r.ReferenceNumber, r.Id }).ToListAsync());
        Assert.Equal(Enumerable.Range(1, references.Count), references.Select(r => r.ReferenceSequence!.Value));
        Assert.Equal(["QH-2027-0001", "QH-2027-0002", "QH-2027-0003"], references.Select(r => r.ReferenceNumber!));
        Assert.Contains(references, r => r.Id == sitiRequest);

        // Issuing again (a re-run after a crash) changes nothing and numbers nothing twice.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var desk = scope.ServiceProvider.GetRequiredService<DialogueOps.Web.Features.VisaLetters.VisaLetterDesk>();
            await desk.IssueAsync(eventId, sitiRequest, "test", CancellationToken.None);
        }

        Assert.Equal(3, await factory.WithDbAsync(db => db.VisaLetterRequests.CountAsync(r => r.EventId == eventId && r.ReferenceSequence != null)));
    }

    internal static async Task<HttpResponseMessage> PostSelectionAsync(HttpClient client, int eventId, string handler, IEnumerable<int> ids)
    {
        var page = await client.GetPageAsync($"/secretariat/events/{eventId}/visa-letters");
        var token = page.QuerySelector("#bulk-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = ids.Select(id => new KeyValuePair<string, string>("selected", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync($"/secretariat/events/{eventId}/visa-letters?handler={handler}", new FormUrlEncodedContent(fields));
    }
}
