using System.Diagnostics;
using Hangfire;

namespace DialogueOps.Web.Infrastructure.Jobs;

/// <summary>
/// After a crash, puts back in the queue every job a previous process had started and not finished. The embedded default
/// has exactly one Hangfire server per SQLite file, so such a job's worker is gone; Hangfire.Storage.SQLite would hand it out
/// again only when its invisibility timeout (half an hour) runs out, leaving a bulk letter issue stopped halfway for that
/// long. Every job here is re-entrant (letters already issued are skipped, mails already claimed are not sent again), so
/// running the rest is safe. SQL Server storage does this itself and is left alone.
/// Runs in the background so that a lock the dead process left in the job store cannot hold up start-up.
/// </summary>
internal sealed class ResumeInterruptedJobs(Hangfire.JobStorage storage, IBackgroundJobClient jobs, ILogger<ResumeInterruptedJobs> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var thisProcessStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        foreach (var (id, job) in storage.GetMonitoringApi().ProcessingJobs(0, 1000))
        {
            try
            {
                if (job.StartedAt is { } started && started < thisProcessStarted && jobs.Requeue(id))
                {
                    logger.LogWarning("Job {JobId} ({Method}) was cut off by a stop; queued again", id, job.Job?.Method.Name);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Job {JobId} was cut off by a stop and could not be queued again", id);
            }
        }
    }, stoppingToken);
}
