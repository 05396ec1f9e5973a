using DialogueOps.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

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
/// Once per physical connection: EF opens the pooled connection for every query, and repeating the pragmas on each open
/// was a measurable share of a page's time under load.
/// </summary>
internal sealed class WriteAheadLog : DbConnectionInterceptor
{
    public static readonly WriteAheadLog Instance = new();

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
        if (connection is SqliteConnection { Handle: { } opened })
        {
            Configured.AddOrUpdate(opened, Instance);
        }
    }
}

/// <summary>Used by <c>dotnet ef</c> only: <c>dotnet ef migrations add X --project src/DialogueOps.Migrations.Sqlite</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<DialogueOpsDbContext>
{
    public DialogueOpsDbContext CreateDbContext(string[] args) =>
        new(SqliteDatabase.Use(new DbContextOptionsBuilder<DialogueOpsDbContext>(), "Data Source=design-time.db").Options
            as DbContextOptions<DialogueOpsDbContext> ?? throw new InvalidOperationException());
}
