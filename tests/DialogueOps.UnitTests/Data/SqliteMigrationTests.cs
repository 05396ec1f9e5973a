using DialogueOps.Data;
using DialogueOps.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.UnitTests.Data;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"dialogueops-migrate-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task The_SQLite_migrations_build_every_table_of_the_model_in_a_real_file()
    {
        var options = (DbContextOptions<DialogueOpsDbContext>)SqliteDatabase
            .Use(new DbContextOptionsBuilder<DialogueOpsDbContext>(), $"Data Source={file};Pooling=false").Options;
        await using var db = new DialogueOpsDbContext(options);

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync(TestContext.Current.CancellationToken);
        var expected = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct();
        Assert.All(expected, table => Assert.Contains(table, tables));
    }

    public void Dispose() => File.Delete(file);
}
