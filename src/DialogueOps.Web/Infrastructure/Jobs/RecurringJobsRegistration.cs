using DialogueOps.Web.Pages.Notifications;
using DialogueOps.Web.Pages.Privacy;
using Hangfire;

namespace DialogueOps.Web.Infrastructure.Jobs;

/// <summary>Declares the recurring jobs at start; AddOrUpdate is idempotent, so every node and every restart may do it.</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<PassportRetentionJob>(PassportRetentionJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(3));
        recurring.AddOrUpdate<DispatchNotificationsJob>(DispatchNotificationsJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
