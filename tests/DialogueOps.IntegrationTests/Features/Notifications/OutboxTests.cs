using System.Net;
using System.Text;
using DialogueOps.Data;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Programme;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using DialogueOps.Web.Features.Notifications;

namespace DialogueOps.IntegrationTests.Features.Notifications;

public class OutboxTests(ReminderFactory factory) : IClassFixture<ReminderFactory>
{
    [Fact]
    public async Task The_organizer_sees_every_notification_filters_previews_and_resends_one_and_an_announcement_reaches_each_confirmed_participant_once()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        int added;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var planner = scope.ServiceProvider.GetRequiredService<ReminderPlanner>();
            await planner.PlanAsync(eventId, CancellationToken.None);
            added = await planner.AnnounceAsync(eventId, NotificationKind.OutcomeSummaryPublished, "Event", eventId, CancellationToken.None);
            Assert.Equal(0, await planner.AnnounceAsync(eventId, NotificationKind.OutcomeSummaryPublished, "Event", eventId, CancellationToken.None));
        }

        var confirmed = await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.EventId == eventId && p.Status == DialogueOps.Domain.Delegations.ParticipantStatus.Confirmed));
        Assert.Equal(confirmed, added);

        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var speakers = await organizer.GetPageAsync($"/organize/events/{eventId}/outbox?kind=SpeakerReminder&state=Pending");
        var rows = speakers.QuerySelectorAll("#outbox tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Waiting", r.TextContent, StringComparison.Ordinal));

        var first = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.EventId == eventId && n.Kind == NotificationKind.SpeakerReminder)
            .OrderBy(n => n.Id).FirstAsync());
        var preview = await organizer.GetPageAsync($"/organize/events/{eventId}/outbox?preview={first.Id}");
        Assert.Contains("Reminder:", preview.QuerySelector("#preview")!.TextContent, StringComparison.Ordinal);

        var resent = await organizer.PostAsync($"/organize/events/{eventId}/outbox?handler=Resend&notificationId={first.Id}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", preview.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientEmail == first.RecipientEmail && n.SubjectId == first.SubjectId
            && n.Kind == NotificationKind.SpeakerReminder && n.CancelledAt == null)));

        var delegateClient = factory.CreateBrowser();
        await delegateClient.SignInAsync(Browser.Demo("delegate"));
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateClient.GetAsync($"/organize/events/{eventId}/outbox")).StatusCode);
    }
}
