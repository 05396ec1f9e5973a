using System.Net;
using DialogueOps.IntegrationTests.Features.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages;

/// <summary>What a consulate reads at /verify/{code}: a code typed in capitals works; a letter whose holder withdrew is not valid.</summary>
public class VerifyTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_code_typed_in_capitals_verifies_and_a_cancelled_holders_letter_reads_not_valid_and_is_flagged_to_the_secretariat()
    {
        var eventId = await VisaLetterFlow.EventIdAsync(factory);
        var (holder, requestId) = await VisaLetterFlow.RequestAsDelegateAsync(factory);
        var secretariat = await VisaLetterFlow.SecretariatAsync(factory);
        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Approve");
        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Issue");
        var code = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.VerificationCode).SingleAsync());
        var consulate = factory.CreateBrowser();

        var typed = await consulate.GetAsync($"/verify/{code.ToUpperInvariant()}");
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        Assert.Equal("valid", (await Browser.ParseAsync(typed)).QuerySelector("#verdict")!.GetAttribute("data-verdict"));
        var queueBefore = await secretariat.GetPageAsync($"/secretariat/events/{eventId}/visa-letters");
        Assert.Empty(queueBefore.QuerySelectorAll(".holder-gone"));

        var cancelled = await holder.SubmitAsync($"/events/{VisaLetterFlow.Slug}/registration", "form[action*='handler=Cancel']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var after = await Browser.ParseAsync(await consulate.GetAsync($"/verify/{code}"));
        Assert.Equal("withdrawn", after.QuerySelector("#verdict")!.GetAttribute("data-verdict"));
        Assert.Contains("no longer takes part", after.QuerySelector("#verdict")!.TextContent, StringComparison.Ordinal);
        var queue = await secretariat.GetPageAsync($"/secretariat/events/{eventId}/visa-letters");
        Assert.Single(queue.QuerySelectorAll(".holder-gone"));
    }
}
