using DialogueOps.Web.Pages.Notifications;
using DialogueOps.Web.Pages.Privacy;
using Hangfire;

namespace DialogueOps.Web.Infrastructure.Jobs;

/// <summary>
/// Declares the recurring jobs at start; AddOrUpdate is idempotent, so every node and every restart may do it. The
/// dispatcher also runs once at start: a restarted app catches up on what fell due while it was down, not a minute later.
/// </summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<PassportRetentionJob>(PassportRetentionJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(3));
        recurring.AddOrUpdate<DispatchNotificationsJob>(DispatchNotificationsJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        recurring.Trigger(DispatchNotificationsJob.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
