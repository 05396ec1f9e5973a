using DialogueOps.Domain.Notifications;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Features.Notifications;

/// <summary>The app as configured for real use: a registration's status mail waits a minute, so a quick correction replaces it.</summary>
public sealed class HeldStatusMailFactory : ReminderFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reminders:AnnouncementDelaySeconds", "60");
    }
}

public class StatusMailTests(HeldStatusMailFactory held) : ReminderScenario(held), IClassFixture<HeldStatusMailFactory>
{
    private async Task<(string Url, HttpClient Focal)> MembersAsync()
    {
        var ids = await factory.WithDbAsync(async db =>
        {
            var eventId = await db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync();
            return new { EventId = eventId, Id = await db.Delegations.Where(d => d.EventId == eventId && d.CountryCode == "MY").Select(d => d.Id).SingleAsync() };
        });
        var focal = factory.CreateBrowser();
        await focal.SignInAsync(Browser.Demo("focalpoint.my"));
        return ($"/events/{ids.EventId}/delegations/{ids.Id}/members", focal);
    }

    private static Dictionary<string, string?> Nominee(string given, string email) => new()
    {
        ["Nominee.GivenName"] = given, ["Nominee.FamilyName"] = "Tan", ["Nominee.Email"] = email, ["Nominee.Category"] = "Observer",
    };

    private async Task WithdrawAsync(HttpClient focal, string url, string email)
    {
        var id = await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == email).Select(p => p.Id).SingleAsync());
        await focal.SubmitAsync(await focal.GetPageAsync(url), $"form[action*='participantId={id}']", new Dictionary<string, string?>());
    }

    private Task<List<Notification>> MailsAboutAsync(string email) =>
        factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientEmail == email).OrderBy(n => n.Id).ToListAsync());

    [Fact]
    public async Task A_nomination_withdrawn_within_the_minute_mails_the_nominee_nothing()
    {
        var (url, focal) = await MembersAsync();
        await focal.SubmitAsync(url, "#nominate-form", Nominee("Mei", "mei.tan@example.my"));
        await WithdrawAsync(focal, url, "mei.tan@example.my");

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await DispatchAsync();
        await DrainJobsAsync();

        Assert.Empty(To(factory.Smtp, "mei.tan@example.my"));
        var rows = await MailsAboutAsync("mei.tan@example.my");
        Assert.Equal(2, rows.Count);
        Assert.All(rows, n => Assert.Equal(NotificationState.Cancelled, n.State));
        Assert.Equal("Superseded by a newer status", rows[0].LastError);
    }

    [Fact]
    public async Task A_nominee_who_was_told_hears_of_the_withdrawal_in_one_more_mail()
    {
        var (url, focal) = await MembersAsync();
        await focal.SubmitAsync(url, "#nominate-form", Nominee("Wei", "wei.tan@example.my"));
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await DispatchAsync();
        await WaitForAsync("wei.tan@example.my", "nomination");

        await WithdrawAsync(focal, url, "wei.tan@example.my");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await DispatchAsync();
        await WaitForAsync("wei.tan@example.my", "Registration cancelled");
        await DrainJobsAsync();

        Assert.Equal(2, To(factory.Smtp, "wei.tan@example.my").Count());
    }
}
