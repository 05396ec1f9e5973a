using DialogueOps.Data;
using DialogueOps.Domain.Common;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.VisaLetters;

/// <summary>
/// Bulk issue in the background. Each letter is its own transaction and the desk skips letters already issued, so a re-run
/// after a crash continues where the last one stopped; the run's counters are what the queue page shows as progress.
/// </summary>
public sealed class IssueLettersJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IssueLettersJob> logger)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(int runId, CancellationToken ct)
    {
        var (requestIds, userId) = await WorkOfAsync(runId, ct);
        int completed = 0, failed = 0;
        string? lastError = null;
        foreach (var id in requestIds)
        {
            // A fresh scope per letter: one failure cannot leave tracked state behind for the next.
            await using (var scope = scopes.CreateAsyncScope())
            {
                var desk = scope.ServiceProvider.GetRequiredService<VisaLetterDesk>();
                try
                {
                    await desk.IssueAsync(await EventOfAsync(scope, id, ct), id, userId, ct);
                    completed++;
                }
                catch (DomainException error)
                {
                    failed++;
                    lastError = error.Message;
                    logger.LogWarning("Letter {RequestId} not issued: {Reason}", id, error.Message);
                }
            }

            await ReportAsync(runId, completed, failed, lastError, finished: false, ct);
        }

        await ReportAsync(runId, completed, failed, lastError, finished: true, ct);
    }

    /// <summary>The run's requests, in the order they were approved into it, and who started it (the letters' issuer).</summary>
    private async Task<(List<int> RequestIds, string UserId)> WorkOfAsync(int runId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
        var userId = await db.JobRuns.Where(r => r.Id == runId).Select(r => r.StartedByUserId).SingleAsync(ct);
        var ids = await db.VisaLetterRequests.Where(r => r.IssueRunId == runId).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        return (ids, userId);
    }

    private static Task<int> EventOfAsync(AsyncServiceScope scope, int requestId, CancellationToken ct) =>
        scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>().VisaLetterRequests
            .Where(r => r.Id == requestId).Select(r => r.EventId).SingleAsync(ct);

    private async Task ReportAsync(int runId, int completed, int failed, string? lastError, bool finished, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
        var run = await db.JobRuns.SingleAsync(r => r.Id == runId, ct);
        run.Progress(completed, failed, lastError);
        if (finished)
        {
            run.Finish(clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(ct);
    }
}
