using Hangfire;
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

/// <summary>What every reminder scenario needs: run the jobs, read the mail server, wait for the outbox to settle.</summary>
public abstract class ReminderScenario(ReminderFactory factory)
{
    protected readonly ReminderFactory factory = factory;

    protected async Task<int> DispatchAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DispatchNotificationsJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Waits until no send job is queued or running, so that a check for a mail that must not exist is a real check
    /// (a fixed pause could end before a wrong send happened).
    /// </summary>
    protected async Task DrainJobsAsync()
    {
        var monitoring = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var statistics = monitoring.GetStatistics();
            if (statistics.Enqueued == 0 && statistics.Processing == 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The job queue did not drain within 15 s.");
    }

    protected async Task SendAsync(long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendNotificationJob>().RunAsync(id, CancellationToken.None);
    }

    protected static IEnumerable<SmtpMessage> To(SimpleSmtpServer smtp, string address) =>
        smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)));

    protected async Task<SmtpMessage> WaitForAsync(string address, string subjectPart)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (To(factory.Smtp, address).FirstOrDefault(m => m.Subject.Contains(subjectPart, StringComparison.Ordinal)) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No “{subjectPart}” reached {address}.");
    }

    /// <summary>The send job writes "sent" a moment after the mail server has the message.</summary>
    protected async Task<Notification> SettledAsync(long id)
    {
        for (var attempt = 0; ; attempt++)
        {
            var n = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(x => x.Id == id));
            if (n.State != NotificationState.Sending || attempt == 50)
            {
                return n;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>A notification of our own, due now, to an address no planned reminder uses.</summary>
    protected Task<long> DueNowAsync(string address) => factory.WithDbAsync(async db =>
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
        var session = await db.Sessions.OrderBy(s => s.StartsAt).FirstAsync(s => s.EventId == ev.Id);
        var n = new Notification(ev.Id, NotificationKind.StatusChanged, address, "Session", session.Id, factory.Clock.GetUtcNow().UtcDateTime);
        db.Notifications.Add(n);
        await db.SaveChangesAsync();
        return n.Id;
    });

}
