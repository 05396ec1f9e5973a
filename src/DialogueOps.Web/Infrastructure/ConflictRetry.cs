using DialogueOps.Data;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// The one loop for optimistic concurrency: each attempt runs in its own transaction; when the database refuses a save
/// because someone changed the same counter or row first (<see cref="DbUpdateException"/>: a concurrency token, a unique
/// index), the attempt is rolled back, the change tracker cleared, and the attempt decides again with fresh numbers.
/// </summary>
public static class ConflictRetry
{
    /// <summary>
    /// Attempts before the conflict is given up and shown as an error. Sized by the worst race the tests drive over real
    /// HTTP against SQLite (200 people taking the last seats of one visit at once: the last in line may lose ~200 times);
    /// an ordinary save succeeds on the first attempt, so the limit costs nothing when there is no crowd.
    /// </summary>
    public const int MaxAttempts = 300;

    public static async Task<T> RunAsync<T>(DialogueOpsDbContext db, Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        for (var number = 1; ; number++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await attempt(ct);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateException) when (number < MaxAttempts)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                // Jitter, growing a little, so that the same crowd does not collide again in lockstep.
                await Task.Delay(Random.Shared.Next(2, 20) * Math.Min(number, 5), ct);
            }
        }
    }

    public static Task RunAsync(DialogueOpsDbContext db, Func<CancellationToken, Task> attempt, CancellationToken ct) =>
        RunAsync(db, async token =>
        {
            await attempt(token);
            return true;
        }, ct);
}
