using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.TestHost;
using DialogueOps.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace DialogueOps.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file (fresh per factory), migrated and seeded with the demo dialogue
/// as on a developer's machine, sending mail over SMTP to an in-process server.
/// </summary>
public class DialogueOpsFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Integration-Test-2027a";

    private readonly string folder;
    private readonly bool ownsFolder;

    public DialogueOpsFactory()
        : this(null)
    {
    }

    /// <param name="existingFolder">Reuse another factory's database file, as a restarted app would.</param>
    protected DialogueOpsFactory(string? existingFolder)
    {
        ownsFolder = existingFolder is null;
        folder = existingFolder ?? Directory.CreateTempSubdirectory("dialogueops-it-").FullName;
        SmtpPort = FreePort();
        Smtp = SimpleSmtpServer.Start(SmtpPort);
    }

    public SimpleSmtpServer Smtp { get; private set; }

    public int SmtpPort { get; }

    public string Folder => folder;

    /// <summary>The mail server goes away (connections are refused) until <see cref="StartSmtp"/>.</summary>
    public void StopSmtp() => Smtp.Stop();

    public void StartSmtp()
    {
        Smtp.Dispose();
        Smtp = SimpleSmtpServer.Start(SmtpPort);
    }

    public string DatabaseFile => Path.Combine(folder, "app.db");

    /// <summary>
    /// The first mail to <paramref name="address"/> that <paramref name="matches"/> (decoded, so bodies read as written),
    /// waiting for the outbox to send it (it sends in the background, a moment after the change commits).
    /// </summary>
    public async Task<MimeKit.MimeMessage> WaitForMailAsync(string address, Func<MimeKit.MimeMessage, bool>? matches = null, string what = "a mail")
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            foreach (var received in Smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))))
            {
                var message = await MimeKit.MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data)));
                if (matches is null || matches(message))
                {
                    return message;
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"{what} never reached {address} (20 s).");
    }

    protected virtual string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabaseFile};Pooling=false");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:DemoDialogue", "true");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Seed:AccountsFile", Path.Combine(folder, "demo-accounts.txt"));
        builder.UseSetting("Seed:PrintAccounts", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Known and harmless here: SQLite table rebuilds outside a transaction.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        builder.UseSetting("Email:Mode", "Smtp");
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Jobs in memory, per app: the crash drills use the real SQLite job store through a child process instead.
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<Hangfire.JobStorage>();
            services.AddSingleton<Hangfire.JobStorage>(new Hangfire.InMemory.InMemoryStorage());
        });
        builder.UseSetting("App:PublicBaseUrl", "https://dialogue.example.test");
        // Test classes sign in dozens of times from one address; RateLimitTests checks the real limit.
        builder.UseSetting("RateLimits:AccountPostsPerMinute", "10000");
        // Status mails go at once: a test waits for the mail a step causes; the held-back case has its own test.
        builder.UseSetting("Reminders:AnnouncementDelaySeconds", "0");
    }

    public async Task<T> WithDbAsync<T>(Func<DialogueOpsDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>());
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
            try
            {
                if (ownsFolder)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // SQLite may hold the file a moment longer; the temp folder is cleaned by the OS.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
