using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DialogueOps.BrowserTests;

/// <summary>
/// The real app as a child process on Kestrel at 127.0.0.1 (a free port), on a fresh SQLite file with the demo
/// dialogue seeded and mail written to a pickup folder, exactly as `scripts/run.sh` runs it.
/// </summary>
public sealed class AppProcess : IAsyncLifetime
{
    public const string Password = "Browser-Journey-2027a";

    private readonly bool ownsFolder;
    private readonly IReadOnlyDictionary<string, string> settings;
    private Process? process;

    public AppProcess()
        : this(Directory.CreateTempSubdirectory("dialogueops-browser-").FullName, ownsFolder: true)
    {
    }

    /// <param name="folder">Where app.db lives; an existing database there is used as it is (migrated, seed skipped).</param>
    /// <param name="settings">Configuration on top of the defaults, as environment variables (<c>Section__Key</c>).</param>
    internal AppProcess(string folder, bool ownsFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        Folder = folder;
        this.ownsFolder = ownsFolder;
        this.settings = settings ?? new Dictionary<string, string>();
    }

    public string Folder { get; }

    public string BaseUrl { get; private set; } = "";

    public string MailFolder => Path.Combine(Folder, "mail");

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DialogueOps.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
        }
    }

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var web = Path.Combine(RepositoryRoot, "src", "DialogueOps.Web");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", configuration, "net10.0", "DialogueOps.Web.dll"), "--urls", BaseUrl])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(Folder, "app.db")}",
            ["Database__Provider"] = "Sqlite",
            ["Hangfire__SqliteFile"] = Path.Combine(Folder, "hangfire.db"),
            ["Email__Mode"] = "Pickup",
            ["Email__PickupDirectory"] = MailFolder,
            ["Seed__DemoDialogue"] = "true",
            ["Seed__DemoPassword"] = Password,
            ["Seed__AccountsFile"] = Path.Combine(Folder, "accounts.txt"),
            ["Seed__PrintAccounts"] = "false",
            ["App__PublicBaseUrl"] = BaseUrl,
            ["RateLimits__AccountPostsPerMinute"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        var listening = new TaskCompletionSource();
        var lastLines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Keep(string? line)
        {
            lastLines.Enqueue(line ?? "");
            while (lastLines.Count > 40 && lastLines.TryDequeue(out _))
            {
            }
        }

        process.OutputDataReceived += (_, e) =>
        {
            Keep(e.Data);
            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ready = await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(90)));
        if (ready != listening.Task || process.HasExited)
        {
            throw new InvalidOperationException($"The app did not start listening on {BaseUrl}. Its last output:\n{string.Join('\n', lastLines)}");
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks; what a power cut or the OOM killer does.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        try
        {
            if (ownsFolder)
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // The OS cleans temp folders; a file still held must not fail the run.
        }

        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
