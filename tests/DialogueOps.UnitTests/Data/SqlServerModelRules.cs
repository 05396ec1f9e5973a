using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DialogueOps.UnitTests.Data;

/// <summary>
/// What SQL Server refuses but SQLite accepts, checked on the relational model EF builds for SQL Server,
/// so the production path fails here rather than at the first deployment.
/// </summary>
public static class SqlServerModelRules
{
    /// <summary>Identity's own column; never ordered by in SQL, kept as Identity defines it.</summary>
    private static readonly HashSet<string> AllowedDateTimeOffsetColumns = ["AspNetUsers.LockoutEnd"];

    public static IReadOnlyList<string> Check(IModel model)
    {
        var relational = model.GetRelationalModel();
        var problems = new List<string>();
        problems.AddRange(CascadePathProblems(relational));

        foreach (var table in relational.Tables)
        {
            foreach (var column in table.Columns)
            {
                var clr = Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;
                if (clr == typeof(DateTimeOffset) && !AllowedDateTimeOffsetColumns.Contains($"{table.Name}.{column.Name}"))
                {
                    problems.Add($"{table.Name}.{column.Name} is DateTimeOffset: SQLite cannot order it; store UTC DateTime.");
                }

                if (clr == typeof(TimeSpan))
                {
                    problems.Add($"{table.Name}.{column.Name} is TimeSpan: SQL Server's time type stops at 24 hours.");
                }
            }

            var keyed = table.Indexes.SelectMany(i => i.Columns)
                .Concat(table.UniqueConstraints.SelectMany(u => u.Columns))
                .Concat(table.ForeignKeyConstraints.SelectMany(f => f.Columns))
                .Distinct();
            foreach (var column in keyed)
            {
                // SQL Server quietly caps such a column at nvarchar(450) while SQLite takes any length,
                // so a value that saves in development fails in production: say the length explicitly.
                var unbounded = column.PropertyMappings.Select(m => m.Property)
                    .Any(p => p.ClrType == typeof(string) && p.GetMaxLength() is null);
                if (unbounded || column.StoreType.EndsWith("(max)", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{table.Name}.{column.Name} is a key or indexed string column without a max length ({column.StoreType}): set HasMaxLength.");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// SQL Server refuses a foreign key with ON DELETE CASCADE/SET NULL when the referencing table can be reached
    /// from another table by two such paths, or when the paths form a cycle.
    /// </summary>
    private static IEnumerable<string> CascadePathProblems(IRelationalModel relational)
    {
        var edges = relational.Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .Select(fk => (From: fk.PrincipalTable.Name, To: fk.Table.Name, fk.Name))
            .ToList();
        var outgoing = edges.ToLookup(e => e.From);

        foreach (var start in relational.Tables.Select(t => t.Name))
        {
            var paths = new Dictionary<string, List<string>>();
            var stack = new Stack<(string Table, string Path, HashSet<string> Seen)>();
            stack.Push((start, start, [start]));
            while (stack.Count > 0)
            {
                var (table, path, seen) = stack.Pop();
                foreach (var edge in outgoing[table])
                {
                    var next = $"{path} → {edge.To} ({edge.Name})";
                    if (seen.Contains(edge.To))
                    {
                        yield return $"Cycle of cascading deletes: {next}";
                        continue;
                    }

                    if (!paths.TryGetValue(edge.To, out var found))
                    {
                        paths[edge.To] = found = [];
                    }

                    found.Add(next);
                    stack.Push((edge.To, next, [.. seen, edge.To]));
                }
            }

            foreach (var (target, found) in paths.Where(p => p.Value.Count > 1))
            {
                yield return $"Multiple cascade paths from {start} to {target}: {string.Join(" | ", found)}";
            }
        }
    }
}
