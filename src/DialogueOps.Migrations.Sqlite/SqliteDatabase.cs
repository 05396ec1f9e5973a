using DialogueOps.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DialogueOps.Migrations.Sqlite;

/// <summary>Configures the embedded SQLite provider with the migrations kept in this assembly.</summary>
public static class SqliteDatabase
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name));
}

/// <summary>Used by <c>dotnet ef</c> only: <c>dotnet ef migrations add X --project src/DialogueOps.Migrations.Sqlite</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<DialogueOpsDbContext>
{
    public DialogueOpsDbContext CreateDbContext(string[] args) =>
        new(SqliteDatabase.Use(new DbContextOptionsBuilder<DialogueOpsDbContext>(), "Data Source=design-time.db").Options
            as DbContextOptions<DialogueOpsDbContext> ?? throw new InvalidOperationException());
}
