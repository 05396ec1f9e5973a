using System.Net;
using System.Text.Json;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using DialogueOps.Web.Features.Privacy;
using DialogueOps.IntegrationTests.Features.VisaLetters;

namespace DialogueOps.IntegrationTests.Features.Privacy;

/// <summary>The retention job on an app of its own: it erases what other tests would still need.</summary>
public class PassportRetentionTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task Retention_erases_passport_data_only_after_the_configured_days_and_letters_stay_verifiable()
    {
        var eventId = await VisaLetterFlow.EventIdAsync(factory);
        var (_, requestId) = await VisaLetterFlow.RequestAsDelegateAsync(factory);
        var secretariat = await VisaLetterFlow.SecretariatAsync(factory);
        var status = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync());
        if (status == VisaLetterStatus.Submitted)
        {
            await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Approve");
            await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Issue");
        }

        var code = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.VerificationCode).SingleAsync());
        var eventEnd = await factory.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.EndDate).SingleAsync());

        Assert.Equal(0, await RunRetentionAsync(eventEnd.AddDays(29)));
        Assert.True(await factory.WithDbAsync(db => db.PassportDetails.AnyAsync()));

        Assert.True(await RunRetentionAsync(eventEnd.AddDays(31)) > 0);

        var letter = await factory.WithDbAsync(db => db.VisaLetterRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal("", letter.ProtectedPassportNumber);
        Assert.Equal("", letter.ProtectedDateOfBirth);
        Assert.NotNull(letter.PassportErasedAt);
        Assert.NotNull(letter.ReferenceNumber);
        Assert.False(await factory.WithDbAsync(db => db.PassportDetails.AnyAsync()));
        var verify = await Browser.ParseAsync(await factory.CreateBrowser().GetAsync($"/verify/{code}"));
        Assert.Equal("valid", verify.QuerySelector("#verdict")!.GetAttribute("data-verdict"));
        Assert.Contains(letter.ReferenceNumber!, verify.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await RunRetentionAsync(eventEnd.AddDays(40)));
    }

    private async Task<int> RunRetentionAsync(DateOnly today)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));
        var job = new PassportRetentionJob(scope.ServiceProvider.GetRequiredService<DialogueOps.Data.DialogueOpsDbContext>(),
            scope.ServiceProvider.GetRequiredService<DialogueOps.Web.Infrastructure.Email.MailKitEmailSender>(), clock,
            Options.Create(new PrivacyOptions { PassportRetentionDays = 30 }), NullLogger<PassportRetentionJob>.Instance);
        return await job.RunAsync(CancellationToken.None);
    }
}
