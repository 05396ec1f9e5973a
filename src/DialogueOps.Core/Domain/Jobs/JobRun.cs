namespace DialogueOps.Domain.Jobs;

/// <summary>
/// Progress of one long piece of background work (bulk letter issue, print pack) as the page that started it shows it.
/// The job counts each item after its own transaction commits, so the numbers never run ahead of the data.
/// </summary>
public class JobRun
{
    private JobRun()
    {
    }

    public JobRun(int eventId, string kind, int total, string startedByUserId, DateTime atUtc)
    {
        EventId = eventId;
        Kind = kind;
        Total = total;
        StartedByUserId = startedByUserId;
        CreatedAt = atUtc;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string Kind { get; private set; } = "";
    public int Total { get; private set; }
    public int Completed { get; private set; }
    public int Failed { get; private set; }
    public string StartedByUserId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public string? LastError { get; private set; }

    public bool IsFinished => FinishedAt is not null;
    public int Percent => Total == 0 ? 100 : (int)Math.Round(100.0 * (Completed + Failed) / Total);

    public void Progress(int completed, int failed, string? lastError)
    {
        Completed = completed;
        Failed = failed;
        LastError = lastError ?? LastError;
    }

    public void Finish(DateTime atUtc) => FinishedAt = atUtc;

    /// <summary>The work found more (or fewer) items than the page counted when it started the job.</summary>
    public void Resize(int total) => Total = total < 0 ? throw new ArgumentOutOfRangeException(nameof(total)) : total;
}
