using System.Net;
using DialogueOps.BrowserTests;
using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.IntegrationTests.Features.Registration;

/// <summary>The last ten places, raced for by a hundred signed-in people posting the registration form to the real app over HTTP.</summary>
public class RegistrationCapacityOverHttpTests
{
    private const string Password = "Racer-Over-Http-2027a";

    /// <summary>Names are Latin letters as in a passport: 0 → "Aa", 27 → "Bb".</summary>
    private static string Letters(int i) => $"{(char)('A' + i / 26 % 26)}{(char)('a' + i % 26)}ster";

    [Fact]
    public async Task A_hundred_registrations_posted_at_once_over_http_take_exactly_the_last_ten_places()
    {
        var folder = Directory.CreateTempSubdirectory("dialogueops-http-registration-").FullName;
        int held;
        using (var seeder = new FolderSeeder(folder))
        {
            await using var scope = seeder.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            held = await db.Participants.CountAsync(p => p.EventId == ev.Id && (p.Status == ParticipantStatus.Registered || p.Status == ParticipantStatus.Confirmed));
            db.Entry(ev).Property("Capacity").CurrentValue = held + 10;
            await db.SaveChangesAsync();
            for (var i = 1; i <= 100; i++)
            {
                var email = $"racer{i}@http.example";
                Assert.True((await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Racer {i}" }, Password)).Succeeded);
            }
        }

        await using var app = new AppProcess(folder, ownsFolder: true);
        await app.InitializeAsync();
        const string url = "/events/cattn-ai-dialogue-2027/register";

        var clients = new HttpClient[100];
        using var gate = new SemaphoreSlim(8);
        var forms = await Task.WhenAll(Enumerable.Range(1, 100).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
                    { BaseAddress = new Uri(app.BaseUrl) };
                clients[i - 1] = client;
                await client.SignInAsync($"racer{i}@http.example", Password);
                return await client.GetPageAsync(url);
            }
            finally
            {
                gate.Release();
            }
        }));

        var responses = await Task.WhenAll(forms.Select((page, i) => clients[i].SubmitAsync(page, "#registration-form", new Dictionary<string, string?>
        {
            ["Input.GivenName"] = Letters(i), ["Input.FamilyName"] = "Racer", ["Input.Position"] = "Analyst", ["Input.Organization"] = "Open Data Lab",
            ["Input.Nationality"] = "SG", ["Input.CountryRepresented"] = "SG", ["Input.Category"] = "Observer", ["Input.Consent"] = "true",
        })));
        var refused = responses.FirstOrDefault(r => r.StatusCode != HttpStatusCode.Redirect);
        Assert.True(refused is null, refused is null ? "" : string.Join(" | ", (await Browser.ParseAsync(refused)).QuerySelectorAll(".text-danger, .alert-danger").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)));

        await using var read = new DialogueOpsDbContext(new DbContextOptionsBuilder<DialogueOpsDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "app.db")};Mode=ReadOnly;Pooling=false").Options);
        var racers = await read.Participants.AsNoTracking().Where(p => p.Email.EndsWith("@http.example")).ToListAsync();
        Assert.Equal(100, racers.Count);
        Assert.Equal(10, racers.Count(r => r.Status == ParticipantStatus.Registered));
        Assert.Equal(90, racers.Count(r => r.Status == ParticipantStatus.Waitlisted));
        Assert.Equal(held + 10, await read.Participants.CountAsync(p => p.Status == ParticipantStatus.Registered || p.Status == ParticipantStatus.Confirmed));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
