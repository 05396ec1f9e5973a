using System.Net;
using System.Text.Json;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DialogueOps.IntegrationTests.Features.VisaLetters;

namespace DialogueOps.IntegrationTests.Features.Privacy;

public class MyDataAndErasureTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_delegate_downloads_their_data_asks_for_erasure_and_the_secretariat_anonymises_them_keeping_counts_and_verification()
    {
        var eventId = await VisaLetterFlow.EventIdAsync(factory);
        var (delegateClient, requestId) = await VisaLetterFlow.RequestAsDelegateAsync(factory);
        var secretariat = await VisaLetterFlow.SecretariatAsync(factory);
        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Approve");
        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Issue");
        var code = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.VerificationCode).SingleAsync());
        int ConfirmedMalaysians() => factory.WithDbAsync(db => db.Participants.CountAsync(p => p.EventId == eventId && p.Nationality == "MY" && p.Status == ParticipantStatus.Confirmed)).GetAwaiter().GetResult();
        var confirmedBefore = ConfirmedMalaysians();

        var export = await delegateClient.GetAsync("/me/data?handler=Json");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        var json = await export.Content.ReadAsStringAsync();
        using (var data = JsonDocument.Parse(json))
        {
            Assert.Equal("Siti", data.RootElement.GetProperty("registrations")[0].GetProperty("GivenName").GetString());
            Assert.Equal(VisaLetterFlow.PassportNumber, data.RootElement.GetProperty("passports")[0].GetProperty("secrets").GetProperty("Number").GetString());
            Assert.Equal("Issued", data.RootElement.GetProperty("visaLetters")[0].GetProperty("Status").GetString());
        }

        var mailsBefore = await factory.WithDbAsync(db => db.Notifications.CountAsync());
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientEmail == "siti.rahman.my@demo.dialogueops.test")));
        var asked = await delegateClient.SubmitAsync("/me/data", "form[action*='handler=Erase']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var participantId = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.ParticipantId).SingleAsync());
        var requests = await secretariat.GetPageAsync($"/secretariat/events/{eventId}/erasure-requests");
        Assert.Contains("Siti", requests.QuerySelector("#erasure-requests")!.TextContent, StringComparison.Ordinal);

        var erased = await secretariat.SubmitAsync(requests, $"form[action*='participantId={participantId}']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        var person = await factory.WithDbAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == participantId));
        Assert.NotNull(person.ErasedAt);
        Assert.DoesNotContain("Siti", person.LatinName, StringComparison.Ordinal);
        Assert.DoesNotContain("siti", person.Email, StringComparison.Ordinal);
        Assert.Null(person.UserId);
        Assert.Equal(confirmedBefore, ConfirmedMalaysians());
        Assert.False(await factory.WithDbAsync(db => db.PassportDetails.AnyAsync(p => p.ParticipantId == participantId)));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == Browser.Demo("delegate"))));
        // The outbox keeps its rows (history, counts) but no longer names her.
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientEmail.Contains("siti"))));
        Assert.True(await factory.WithDbAsync(db => db.Notifications.CountAsync()) >= mailsBefore);

        var verify = await Browser.ParseAsync(await factory.CreateBrowser().GetAsync($"/verify/{code}"));
        Assert.Equal("valid", verify.QuerySelector("#verdict")!.GetAttribute("data-verdict"));
        Assert.DoesNotContain("SITI", verify.Text(), StringComparison.Ordinal);
        Assert.Contains("erased", verify.Text(), StringComparison.Ordinal);
        Assert.Equal(VisaLetterStatus.Issued, await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync()));
    }
}
