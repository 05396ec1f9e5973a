using DialogueOps.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DialogueOps.Migrations.SqlServer;

/// <summary>Configures SQL Server (production) with the migrations kept in this assembly.</summary>
public static class SqlServerDatabase
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        // No EnableRetryOnFailure: explicit transactions (site-visit capacity) would need an execution strategy around each.
        options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(typeof(SqlServerDatabase).Assembly.GetName().Name));
}

/// <summary>
/// Used by <c>dotnet ef</c> only. No server is contacted for <c>migrations add</c>, <c>script</c> or
/// <c>has-pending-model-changes</c>, so the SQL Server path is checked on machines without SQL Server.
/// </summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<DialogueOpsDbContext>
{
    public DialogueOpsDbContext CreateDbContext(string[] args) =>
        new(SqlServerDatabase.Use(new DbContextOptionsBuilder<DialogueOpsDbContext>(),
                "Server=localhost;Database=DialogueOps;Integrated Security=true;TrustServerCertificate=true").Options
            as DbContextOptions<DialogueOpsDbContext> ?? throw new InvalidOperationException());
}
