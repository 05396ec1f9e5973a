using System.Net;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.IntegrationTests.Features.VisaLetters;

/// <summary>The secretariat's other answers: a question the delegate answers, a rejection with its reason.</summary>
public class ReviewDecisionTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task The_secretariat_asks_for_information_the_delegate_answers_and_a_rejection_needs_a_reason_the_delegate_reads()
    {
        var eventId = await VisaLetterFlow.EventIdAsync(factory);
        var (delegateClient, requestId) = await VisaLetterFlow.RequestAsDelegateAsync(factory);
        var secretariat = await VisaLetterFlow.SecretariatAsync(factory);
        var url = $"/events/{VisaLetterFlow.Slug}/visa-letter";

        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Ask", "Please name the consulate in Penang or Kuala Lumpur.");
        var asked = await delegateClient.GetPageAsync(url);
        Assert.Equal("Needs information", asked.QuerySelector("#status")!.TextContent.Trim());
        Assert.Contains("Penang or Kuala Lumpur", asked.QuerySelector("#request-status")!.TextContent, StringComparison.Ordinal);

        var values = VisaLetterFlow.ValidRequest();
        values["Input.Consulate"] = "Consulate-General of the People's Republic of China in Penang";
        values["Input.Reply"] = "Penang, please.";
        var answered = await delegateClient.SubmitAsync(url, "#visa-form", values);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var request = await factory.WithDbAsync(db => db.VisaLetterRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal(VisaLetterStatus.Submitted, request.Status);
        Assert.Equal("Penang, please.", request.Reply);
        Assert.StartsWith("Consulate-General", request.Consulate, StringComparison.Ordinal);

        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Reject");
        Assert.Equal(VisaLetterStatus.Submitted, await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync()));

        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Reject", "The delegation asked us to withdraw the request.");
        var rejected = await delegateClient.GetPageAsync(url);
        Assert.Equal("Rejected", rejected.QuerySelector("#status")!.TextContent.Trim());
        Assert.Contains("withdraw the request", rejected.QuerySelector("#request-status")!.TextContent, StringComparison.Ordinal);
        // A rejected delegate may ask again before the deadline.
        Assert.NotNull(rejected.QuerySelector("#visa-form"));
    }

    [Fact]
    public void The_passport_retention_job_is_scheduled_daily_in_Hangfire()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == "passport-retention");
        Assert.Equal("0 3 * * *", job.Cron);
        Assert.Equal(nameof(DialogueOps.Web.Features.Privacy.PassportRetentionJob), job.Job.Type.Name);
    }
}
