namespace DialogueOps.Domain.Common;

/// <summary>
/// Optimistic concurrency that works the same on SQLite (no rowversion) and SQL Server:
/// the DbContext gives the row a new <see cref="Version"/> on every update and EF compares the old one.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
