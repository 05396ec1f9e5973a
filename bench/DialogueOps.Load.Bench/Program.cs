using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.TestHost;
// Load benchmark: the real app as a child process on 127.0.0.1 (Release build, Production environment) over the
// demo dialogue scaled to 2,000 participants. Each target is hammered by a fixed number of concurrent clients for a
// fixed time; requests/s and latency percentiles are printed as a markdown table, with each target's throughput as a
// ratio of a static file (the framework floor), and the app's peak resident memory (VmHWM) over the whole run.
// The factory is named by any type of the web assembly (its own Program would clash with ours).
// Usage: dotnet run -c Release --project bench/DialogueOps.Load.Bench -- [seconds per target] [concurrency] [extra signed-in paths…]
//        dotnet run -c Release --project bench/DialogueOps.Load.Bench -- letters [count]
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

if (args is ["letters", ..])
{
    LetterBatch.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}

var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
var concurrency = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 16;
const string Password = "Load-Bench-2027a";
const string Slug = "cattn-ai-dialogue-2027";

var root = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(root.FullName, "DialogueOps.sln")))
{
    root = root.Parent!;
}

var folder = Directory.CreateTempSubdirectory("dialogueops-load-").FullName;
var database = Path.Combine(folder, "app.db");

// 1. The demo dialogue, migrated and seeded in-process, then scaled to 2,000 participants.
using (var seeding = new WebApplicationFactory<DialogueOps.Web.Infrastructure.CheckboxBinder>().WithWebHostBuilder(b =>
{
    b.UseEnvironment("Development");
    b.UseContentRoot(Path.Combine(root.FullName, "src", "DialogueOps.Web"));
    b.UseSetting("ConnectionStrings:Sqlite", $"Data Source={database};Pooling=false");
    b.UseSetting("Database:MigrateOnStartup", "true");
    b.UseSetting("Seed:DemoDialogue", "true");
    b.UseSetting("Seed:DemoPassword", Password);
    b.UseSetting("Seed:PrintAccounts", "false");
    b.UseSetting("Seed:AccountsFile", Path.Combine(folder, "accounts.txt"));
    b.ConfigureTestServices(services =>
    {
        services.RemoveAll<Hangfire.JobStorage>();
        services.AddSingleton<Hangfire.JobStorage>(new Hangfire.InMemory.InMemoryStorage());
    });
    b.UseSetting("Logging:LogLevel:Default", "Error");
}))
{
    await using var scope = seeding.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
    var ev = await db.Events.SingleAsync(e => e.Slug == Slug);
    var delegations = await db.Delegations.Where(d => d.EventId == ev.Id).ToListAsync();
    var existing = await db.Participants.CountAsync(p => p.EventId == ev.Id);
    var given = new[] { "Anh", "Budi", "Chen", "Dara", "Erlinda", "Farid", "Hui", "Kanya", "Linh", "Min", "Nurul", "Somchai" };
    var family = new[] { "Nguyen", "Santoso", "Wang", "Sok", "Reyes", "Rahman", "Li", "Srisuk", "Tran", "Aung", "Hassan", "Phommavong" };
    for (var i = existing; i < 2000; i++)
    {
        var delegation = delegations[i % delegations.Count];
        var p = new Participant(ev.Id, new PersonName("Dr.", given[i % given.Length], $"{family[i / given.Length % family.Length]}{i}", NameOrder.GivenFirst, null),
            $"load{i}@example.test", delegation.CountryCode, (ParticipantCategory)(1 + i % 5));
        p.GiveConsent("2027-01", DateTime.UtcNow);
        p.Confirm();
        db.Participants.Add(p);
    }

    await db.SaveChangesAsync();
}

// 2. The app as its users get it: a separate process on Kestrel, Release build.
var port = FreePort();
var baseUrl = $"http://127.0.0.1:{port}";
var web = Path.Combine(root.FullName, "src", "DialogueOps.Web");
var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", "Release", "net10.0", "DialogueOps.Web.dll"), "--urls", baseUrl])
{
    WorkingDirectory = web,
    RedirectStandardOutput = true,
    RedirectStandardError = true,
};
start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={database}";
start.Environment["Hangfire__SqliteFile"] = Path.Combine(folder, "hangfire.db");
start.Environment["Email__PickupDirectory"] = Path.Combine(folder, "mail");
start.Environment["App__PublicBaseUrl"] = baseUrl;
start.Environment["RateLimits__AccountPostsPerMinute"] = "1000";
start.Environment["Logging__LogLevel__Default"] = "Warning";
start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
using var app = Process.Start(start)!;
var listening = new TaskCompletionSource();
app.OutputDataReceived += (_, e) => { if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true) { listening.TrySetResult(); } };
app.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
app.BeginOutputReadLine();
app.BeginErrorReadLine();
if (await Task.WhenAny(listening.Task, Task.Delay(60_000)) != listening.Task)
{
    throw new InvalidOperationException("The app did not start.");
}

try
{
    // 3. A signed-in secretariat session for the participant search.
    var cookies = new CookieContainer();
    using var signIn = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    var login = await signIn.GetStringAsync("/Identity/Account/Login");
    var token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    var signedIn = await signIn.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.Email"] = "secretariat@demo.dialogueops.test", ["Input.Password"] = Password, ["__RequestVerificationToken"] = token,
    }));
    if (signedIn.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Sign-in failed: {signedIn.StatusCode}");
    }

    var eventId = 1;
    var targets = new (string Name, string Path, bool Authenticated)[]
    {
        ("static file (floor)", "/css/site.css", false),
        ("public agenda page", $"/events/{Slug}/agenda", false),
        ("participant search (secretariat)", $"/secretariat/events/{eventId}/participants?q=nguyen", true),
        ("agenda PDF", $"/events/{Slug}/agenda.pdf", false),
    }.Concat(args.Skip(2).Select(path => (path, path, true))).ToArray();  // more signed-in paths to compare, when asked

    Console.WriteLine($"{2000} participants · {concurrency} concurrent clients · {seconds} s per target · {Environment.ProcessorCount} cores");
    Console.WriteLine();
    Console.WriteLine("| target | requests/s | ratio of floor | p50 ms | p95 ms | p99 ms | errors |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    double? floor = null;
    foreach (var (name, path, authenticated) in targets)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = authenticated ? cookies : new CookieContainer(), UseCookies = true, MaxConnectionsPerServer = concurrency, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        await Run(client, path, concurrency, TimeSpan.FromSeconds(2));  // warm-up
        var (count, errors, latencies) = await Run(client, path, concurrency, TimeSpan.FromSeconds(seconds));
        var rate = count / (double)seconds;
        floor ??= rate;
        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        Console.WriteLine($"| {name} | {rate:0} | {rate / floor:0.00} | {P(0.50):0.0} | {P(0.95):0.0} | {P(0.99):0.0} | {errors} |");
    }

    var peak = File.ReadLines($"/proc/{app.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    Console.WriteLine();
    Console.WriteLine($"App peak resident memory over the run: {peak.Split(':')[1].Trim()}");
}
finally
{
    app.Kill(entireProcessTree: true);
    app.WaitForExit();
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
}

static async Task<(int Count, int Errors, List<double> Latencies)> Run(HttpClient client, string path, int concurrency, TimeSpan duration)
{
    var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        var local = new List<double>();
        var errors = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            local.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                errors++;
            }
        }

        return (local, errors);
    }));
    return (results.Sum(r => r.local.Count), results.Sum(r => r.errors), results.SelectMany(r => r.local).ToList());
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
