using Hangfire;
using Microsoft.Extensions.Options;
using DialogueOps.Web.Features.Notifications;
using DialogueOps.Web.Features.Privacy;

namespace DialogueOps.Web.Infrastructure.Jobs;

/// <summary>
/// Declares the recurring jobs at start; AddOrUpdate is idempotent, so every node and every restart may do it. The
/// dispatcher also runs once at start: a restarted app catches up on what fell due while it was down, not a minute later.
/// <c>Reminders:AutomaticDispatch=false</c> leaves dispatching to whoever calls the job (tests that move the clock by hand).
/// In the background, not in the way of start-up: after a crash, a lock the dead process held in the job store blocks
/// these calls until it expires, and the app should answer requests meanwhile.
/// </summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager recurring, IOptions<ReminderOptions> reminders, ILogger<RecurringJobsRegistration> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                Register();
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException && attempt < 10)
            {
                logger.LogWarning(error, "Recurring jobs not registered yet (attempt {Attempt}); trying again", attempt);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private void Register()
    {
        recurring.AddOrUpdate<PassportRetentionJob>(PassportRetentionJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(3));
        if (!reminders.Value.AutomaticDispatch)
        {
            recurring.RemoveIfExists(DispatchNotificationsJob.Id);
            return;
        }

        recurring.AddOrUpdate<DispatchNotificationsJob>(DispatchNotificationsJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        recurring.Trigger(DispatchNotificationsJob.Id);
    }
}
