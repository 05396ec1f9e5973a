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

/// <summary>
/// Its own app: it sets the clock to three days before a session, which another scenario in a shared app may
/// already have passed (reminders sent, the clock unable to go back), so sharing made the result depend on test order.
/// </summary>
public class RescheduleTests(ReminderFactory app) : ReminderScenario(app), IClassFixture<ReminderFactory>
{
    [Fact]
    public async Task Moving_a_session_reschedules_its_reminders_and_cancelling_a_registration_cancels_them()
    {
        var (sessionId, speakerId, speakerEmail) = await factory.WithDbAsync(async db =>
        {
            var role = await db.SessionRoles.OrderBy(r => r.Id).Skip(2).FirstAsync();
            var email = await db.Participants.Where(p => p.Id == role.ParticipantId).Select(p => p.Email).SingleAsync();
            return (role.SessionId, role.ParticipantId!.Value, email);
        });
        var session = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId));
        factory.Clock.SetUtcNow(session.StartsAt.AddDays(-3));
        await DispatchAsync();
        Notification Pending() => factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.Kind == NotificationKind.SpeakerReminder && n.RecipientEmail == speakerEmail && n.SubjectId == sessionId && n.CancelledAt == null && n.SentAt == null))
            .GetAwaiter().GetResult();
        var before = Pending();

        await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, x => x.StartsAt.AddHours(1)).SetProperty(x => x.EndsAt, x => x.EndsAt.AddHours(1))));
        await DispatchAsync();

        var after = Pending();
        Assert.NotEqual(before.Id, after.Id);
        Assert.Equal(before.DueAt.AddHours(1), after.DueAt);
        Assert.NotNull((await factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == before.Id))).CancelledAt);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == session.EventId);
            await scope.ServiceProvider.GetRequiredService<DialogueOps.Web.Features.Registration.RegistrationDesk>().CancelAsync(ev, speakerId, null, "Unwell", CancellationToken.None);
        }

        await DispatchAsync();
        Assert.False(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientEmail == speakerEmail && n.Kind == NotificationKind.SpeakerReminder
            && n.SentAt == null && n.CancelledAt == null)));
    }
}
