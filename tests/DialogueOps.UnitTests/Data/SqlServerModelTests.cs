using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Migrations.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DialogueOps.UnitTests.Data;

public class SqlServerModelTests
{
    private static IModel SqlServerModel()
    {
        using var context = new SqlServerDesignTimeFactory().CreateDbContext([]);
        return context.GetService<IDesignTimeModel>().Model;
    }

    [Fact]
    public void The_production_model_has_nothing_SQL_Server_would_refuse()
    {
        var problems = SqlServerModelRules.Check(SqlServerModel());

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_record_two_staff_may_edit_at_once_has_a_concurrency_token()
    {
        var model = SqlServerModel();
        var versioned = model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)).ToList();

        Assert.Contains(versioned, t => t.ClrType.Name == "Participant");
        Assert.Contains(versioned, t => t.ClrType.Name == "Event");
        Assert.Contains(versioned, t => t.ClrType.Name == "Session");
        Assert.Contains(versioned, t => t.ClrType.Name == "VisaLetterRequest");
        Assert.Contains(versioned, t => t.ClrType.Name == "SessionOutcome");
        Assert.All(versioned, t => Assert.True(t.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken, $"{t.ClrType.Name}.Version is not a concurrency token"));
    }

    [Fact]
    public void Two_cascade_paths_to_one_table_are_reported()
    {
        var problems = SqlServerModelRules.Check(BadModel());

        Assert.Contains(problems, p => p.StartsWith("Multiple cascade paths from Owners to Grandchildren", StringComparison.Ordinal));
    }

    [Fact]
    public void DateTimeOffset_TimeSpan_and_unbounded_string_keys_are_reported()
    {
        var problems = SqlServerModelRules.Check(BadModel());

        Assert.Contains(problems, p => p.StartsWith("Owners.SeenAt is DateTimeOffset", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Owners.Offset is TimeSpan", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Owners.Code is a key or indexed string column without a max length", StringComparison.Ordinal));
    }

    private static IModel BadModel()
    {
        var options = new DbContextOptionsBuilder<BadContext>()
            .UseSqlServer("Server=localhost;Database=none;Integrated Security=true").Options;
        using var context = new BadContext(options);
        return context.GetService<IDesignTimeModel>().Model;
    }

    private sealed class Owner
    {
        public int Id { get; set; }
        public string Code { get; set; } = "";
        public DateTimeOffset SeenAt { get; set; }
        public TimeSpan Offset { get; set; }
    }

    private sealed class Child
    {
        public int Id { get; set; }
        public int OwnerId { get; set; }
    }

    private sealed class Grandchild
    {
        public int Id { get; set; }
        public int ChildId { get; set; }
        public int OwnerId { get; set; }
    }

    private sealed class BadContext(DbContextOptions<BadContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder b)
        {
            b.Entity<Owner>().ToTable("Owners").HasIndex(o => o.Code);
            b.Entity<Child>().ToTable("Children").HasOne<Owner>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
            b.Entity<Grandchild>().ToTable("Grandchildren").HasOne<Child>().WithMany().HasForeignKey(g => g.ChildId).OnDelete(DeleteBehavior.Cascade);
            b.Entity<Grandchild>().HasOne<Owner>().WithMany().HasForeignKey(g => g.OwnerId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}
