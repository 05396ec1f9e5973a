using DialogueOps.Data;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace DialogueOps.IntegrationTests.Infrastructure.Faults;

/// <summary>What the crash tests share: reading the child's database and pickup folder from outside, and waiting for a state.</summary>
internal static class CrashDrill
{
    /// <summary>Recovery gives up on a send job after this long; short here so the test need not wait ten minutes.</summary>
    public static readonly IReadOnlyDictionary<string, string> QuickRecovery = new Dictionary<string, string> { ["Reminders__LostAfterSeconds"] = "5" };

    public static DialogueOpsDbContext Open(string folder) => new(new DbContextOptionsBuilder<DialogueOpsDbContext>()
        .UseSqlite($"Data Source={Path.Combine(folder, "app.db")};Pooling=false").Options);

    public static async Task<T> ReadAsync<T>(string folder, Func<DialogueOpsDbContext, Task<T>> query)
    {
        await using var db = Open(folder);
        return await query(db);
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> after <paramref name="limit"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what, int pollMilliseconds = 200)
    {
        var until = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new Xunit.Sdk.XunitException($"Not within {limit.TotalSeconds:0} s: {what}");
            }

            await Task.Delay(pollMilliseconds);
        }
    }

    /// <summary>Every finished mail in the pickup folder (half-written ones end in .partial and are not mail).</summary>
    public static List<(string File, MimeMessage Message)> Mails(string mailFolder) =>
        Directory.Exists(mailFolder)
            ? Directory.GetFiles(mailFolder, "*.eml").Select(f => (Path.GetFileName(f), MimeMessage.Load(f))).ToList()
            : [];

    public static int Count(string mailFolder, string pattern) => Directory.Exists(mailFolder) ? Directory.GetFiles(mailFolder, pattern).Length : 0;
}
