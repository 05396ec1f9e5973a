using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.TestHost;
// Dispatches N due notifications through the real path (dispatcher → Hangfire on its SQLite file → send job's claim →
// MailKit over SMTP → an SMTP server on 127.0.0.1) and reports the time until every one is marked sent, and duplicates.
// Usage: dotnet run -c Release --project bench/DialogueOps.Notifications.Bench -- [count=10000] [workers=8] [Database|InMemory]
using System.Diagnostics;
using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Buffers;
using System.Collections.Concurrent;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using DialogueOps.Web.Features.Notifications;

internal static class NotificationsBench
{
    public static async Task<int> Main(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var storage = args.Length > 2 ? args[2] : "Database";
        var folder = Directory.CreateTempSubdirectory("dialogueops-bench-").FullName;
        var port = FreePort();
        // A real SMTP server in-process (SmtpServer package) that counts what each recipient receives.
        var received = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new CountingStore(received));
        using var stopSmtp = new CancellationTokenSource();
        var smtp = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("127.0.0.1").Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port))).Build(), services);
        var smtpRunning = smtp.StartAsync(stopSmtp.Token);
        await using var app = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(WebProjectFolder());
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "app.db")}");
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("Seed:DemoDialogue", "true");
            builder.UseSetting("Seed:AccountsFile", Path.Combine(folder, "accounts.txt"));
            builder.UseSetting("Hangfire:SqliteFile", Path.Combine(folder, "hangfire.db"));
            builder.UseSetting("Hangfire:WorkerCount", workers.ToString(CultureInfo.InvariantCulture));
            if (storage == "InMemory")
            {
                builder.ConfigureTestServices(services =>
                {
                    services.RemoveAll<Hangfire.JobStorage>();
                    services.AddSingleton<Hangfire.JobStorage>(new Hangfire.InMemory.InMemoryStorage());
                });
            }
            builder.UseSetting("Email:Mode", args.Length > 3 ? args[3] : "Smtp");
            builder.UseSetting("Email:PickupDirectory", Path.Combine(folder, "mail"));
            builder.UseSetting("Email:SmtpHost", "127.0.0.1");
            builder.UseSetting("Email:SmtpPort", port.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Logging:LogLevel:Default", "Error");
        });
        _ = app.Services;

        int eventId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
            eventId = await db.Events.Select(e => e.Id).FirstAsync();
            var now = DateTime.UtcNow;
            db.Notifications.AddRange(Enumerable.Range(1, count).Select(i =>
                new Notification(eventId, NotificationKind.StatusChanged, $"bench{i}@example.test", "Event", eventId, now.AddSeconds(-1))));
            await db.SaveChangesAsync();
        }

        Console.WriteLine($"{count} due notifications, {workers} Hangfire workers, Hangfire storage {storage}, SMTP on 127.0.0.1:{port}");
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (sent < count && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DispatchNotificationsJob>().RunAsync(CancellationToken.None);
            }

            await Task.Delay(2000);
            await using var check = app.Services.CreateAsyncScope();
            sent = await check.ServiceProvider.GetRequiredService<DialogueOpsDbContext>().Notifications
                .CountAsync(n => n.Kind == NotificationKind.StatusChanged && n.SentAt != null);
            Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F1} s  {sent,6} sent");
        }

        clock.Stop();
        var benchMail = received.Where(r => r.Key.StartsWith("bench", StringComparison.Ordinal)).ToList();
        var twice = benchMail.Count(r => r.Value > 1);
        Console.WriteLine($"sent {sent} of {count} in {clock.Elapsed.TotalSeconds:F1} s ({sent / clock.Elapsed.TotalSeconds:F0}/s); SMTP received {benchMail.Sum(r => r.Value)}; recipients reached twice: {twice}");
        await stopSmtp.CancelAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return sent == count && twice == 0 ? 0 : 1;
    }

    private static string WebProjectFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DialogueOps.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Run from inside the repository."), "src", "DialogueOps.Web");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Counts messages per recipient; the benchmark's check that nobody was mailed twice.</summary>
internal sealed class CountingStore(ConcurrentDictionary<string, int> received) : MessageStore
{
    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        foreach (var to in transaction.To)
        {
            received.AddOrUpdate($"{to.User}@{to.Host}", 1, (_, n) => n + 1);
        }

        return Task.FromResult(SmtpResponse.Ok);
    }
}
