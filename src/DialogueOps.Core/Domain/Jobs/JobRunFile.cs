namespace DialogueOps.Domain.Jobs;

/// <summary>
/// What a finished <see cref="JobRun"/> produced for download (the print pack's ZIP). Kept in the database, not on
/// a server's disk, so any instance can serve it and it is backed up with everything else.
/// </summary>
public class JobRunFile
{
    private JobRunFile()
    {
    }

    public JobRunFile(int jobRunId, string fileName, string contentType, byte[] content, DateTime atUtc)
    {
        JobRunId = jobRunId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Length = content.LongLength;
        CreatedAt = atUtc;
    }

    public int Id { get; private set; }
    public int JobRunId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public long Length { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
