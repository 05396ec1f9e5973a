using DialogueOps.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace DialogueOps.Migrations.Sqlite;

/// <summary>Configures the embedded SQLite provider with the migrations kept in this assembly.</summary>
public static class SqliteDatabase
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name))
            .AddInterceptors(WriteAheadLog.Instance);
}

/// <summary>
/// Every connection runs in write-ahead-log mode with synchronous=NORMAL: readers never wait for the writer, and a commit
/// no longer waits for the disk (the log is synced at checkpoints). A commit survives an application crash; only a power
/// cut can lose the last few. Without this, each small write (a reminder's claim, its "sent") costs a full disk flush.
/// </summary>
internal sealed class WriteAheadLog : DbConnectionInterceptor
{
    public static readonly WriteAheadLog Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }
}

/// <summary>Used by <c>dotnet ef</c> only: <c>dotnet ef migrations add X --project src/DialogueOps.Migrations.Sqlite</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<DialogueOpsDbContext>
{
    public DialogueOpsDbContext CreateDbContext(string[] args) =>
        new(SqliteDatabase.Use(new DbContextOptionsBuilder<DialogueOpsDbContext>(), "Data Source=design-time.db").Options
            as DbContextOptions<DialogueOpsDbContext> ?? throw new InvalidOperationException());
}
