using DialogueOps.Domain.Notifications;
using DialogueOps.IntegrationTests.Features.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.Web.Features.Privacy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using DialogueOps.Web.Infrastructure.Privacy;

namespace DialogueOps.IntegrationTests.Features.Privacy;

/// <summary>Mail written to a pickup folder, as the default configuration does.</summary>
public sealed class PickupMailFactory : DialogueOpsFactory
{
    public string MailFolder => Path.Combine(Folder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Mode", "Pickup");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
    }

    public IEnumerable<string> FilesMentioning(string text) =>
        Directory.Exists(MailFolder)
            ? Directory.EnumerateFiles(MailFolder, "*.eml").Where(f => File.ReadAllText(f).Contains(text, StringComparison.OrdinalIgnoreCase))
            : [];
}

/// <summary>Plain copies of personal data in the pickup folder: letters never go there, and erasure and retention sweep what does.</summary>
public class PickupCopiesTests(PickupMailFactory factory) : IClassFixture<PickupMailFactory>
{
    private const string Siti = "siti.rahman.my@demo.dialogueops.test";

    [Fact]
    public async Task A_letter_never_reaches_the_pickup_folder_and_erasure_removes_every_mail_to_the_person()
    {
        var eventId = await VisaLetterFlow.EventIdAsync(factory);
        var (_, requestId) = await VisaLetterFlow.RequestAsDelegateAsync(factory);
        var secretariat = await VisaLetterFlow.SecretariatAsync(factory);
        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Approve");
        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Issue");
        await factory.CreateBrowser().SubmitAsync("/Identity/Account/ForgotPassword", "form", new Dictionary<string, string?> { ["Input.Email"] = Browser.Demo("delegate") });
        var reference = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.ReferenceNumber).SingleAsync());
        for (var i = 0; i < 200 && !factory.FilesMentioning(reference!).Any(); i++)
        {
            await Task.Delay(100);
        }

        Assert.Single(factory.FilesMentioning(reference!));  // the letter's mail: a link
        Assert.Empty(factory.FilesMentioning(VisaLetterFlow.PassportNumber));
        Assert.True(factory.FilesMentioning(Siti).Count() >= 2);

        var participantId = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.ParticipantId).SingleAsync());
        var staffId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Browser.Demo("secretariat")).Select(u => u.Id).SingleAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ErasureDesk>().EraseAsync(eventId, participantId, staffId, CancellationToken.None);
        }

        Assert.Empty(factory.FilesMentioning(Siti));
        Assert.Empty(factory.FilesMentioning("Siti Nurhaliza"));
    }

    [Fact]
    public async Task Retention_removes_the_pickup_copies_of_host_manifests_with_the_passports()
    {
        var (eventId, endDate) = await factory.WithDbAsync(db => db.Events.Select(e => new { e.Id, e.EndDate }).FirstAsync().ContinueWith(t => (t.Result.Id, t.Result.EndDate)));
        var manifest = await factory.WithDbAsync(async db =>
        {
            var n = Notification.Announce(eventId, NotificationKind.HostManifest, "security@host.example", "SiteVisit", 1, DateTime.UtcNow);
            n.Cancel(DateTime.UtcNow);  // the outbox must not send this stand-in
            db.Notifications.Add(n);
            await db.SaveChangesAsync();
            return n;
        });
        // As the send job leaves it: the delivered message under its key (what it holds does not matter here).
        Directory.CreateDirectory(factory.MailFolder);
        await File.WriteAllTextAsync(Path.Combine(factory.MailFolder, $"{manifest.DeliveryKey}.eml"), "To: security@host.example\r\nSubject: manifest\r\n\r\nC1234567\r\n");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(endDate.AddDays(31).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));
            await new PassportRetentionJob(scope.ServiceProvider.GetRequiredService<DialogueOps.Data.DialogueOpsDbContext>(),
                scope.ServiceProvider.GetRequiredService<DialogueOps.Web.Infrastructure.Email.MailKitEmailSender>(), clock,
                Options.Create(new PrivacyOptions { PassportRetentionDays = 30 }), NullLogger<PassportRetentionJob>.Instance).RunAsync(CancellationToken.None);
        }

        Assert.False(File.Exists(Path.Combine(factory.MailFolder, $"{manifest.DeliveryKey}.eml")));
    }
}
