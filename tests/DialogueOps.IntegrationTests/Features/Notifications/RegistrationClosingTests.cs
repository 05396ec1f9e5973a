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

public class RegistrationClosingTests(ReminderFactory factory) : IClassFixture<ReminderFactory>
{
    [Fact]
    public async Task A_nominee_who_never_completed_registration_is_reminded_before_registration_closes_but_confirmed_people_are_not()
    {
        var (eventId, closes) = await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            var nominee = new DialogueOps.Domain.Delegations.Participant(ev.Id,
                new DialogueOps.Domain.Delegations.PersonName(null, "Aisyah", "Karim", DialogueOps.Domain.Delegations.NameOrder.GivenFirst, null),
                "aisyah.karim@example.my", "MY", DialogueOps.Domain.Delegations.ParticipantCategory.Observer);
            db.Participants.Add(nominee);
            await db.SaveChangesAsync();
            return (ev.Id, ev.RegistrationClosesAt!.Value);
        });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().PlanAsync(eventId, CancellationToken.None);
        }

        var reminders = await factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.EventId == eventId && n.Kind == NotificationKind.RegistrationClosingSoon && n.CancelledAt == null).ToListAsync());
        var nomineeReminder = Assert.Single(reminders, n => n.RecipientEmail == "aisyah.karim@example.my");
        Assert.True(nomineeReminder.DueAt <= closes.AddDays(-3) && nomineeReminder.DueAt > closes.AddDays(-4));
        Assert.DoesNotContain(reminders, n => n.RecipientEmail == "siti.rahman.my@demo.dialogueops.test");
        await using var compose = factory.Services.CreateAsyncScope();
        var text = await compose.ServiceProvider.GetRequiredService<NotificationComposer>().ComposeAsync(nomineeReminder, CancellationToken.None);
        Assert.Contains("complete your registration", text.Text, StringComparison.Ordinal);
    }
}
