using System.Net;
using DialogueOps.BrowserTests;
using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.IntegrationTests.Features.SiteVisits;

/// <summary>
/// The capacity drill again, but as users reach it: 200 signed-in people post the sign-up form at once to the real
/// app on Kestrel (a child process on 127.0.0.1), over HTTP, with their own cookies and antiforgery tokens.
/// </summary>
public class SiteVisitCapacityOverHttpTests
{
    private const string Password = "Crowd-Over-Http-2027a";

    [Fact]
    public async Task Two_hundred_people_posting_at_once_over_http_fill_forty_seats_exactly_and_queue_the_rest_1_to_160()
    {
        var folder = Directory.CreateTempSubdirectory("dialogueops-http-capacity-").FullName;
        int visitId;
        using (var seeder = new FolderSeeder(folder))
        {
            await using var scope = seeder.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            var host = await db.Organizations.Where(o => o.Name == "Tencent").Select(o => o.Id).SingleAsync();
            var (start, _) = ev.UtcSpan();
            var visit = SiteVisit.Create(ev.Id, new SiteVisitDetails(host, "Capacity drill over HTTP", null, start.AddDays(1).AddHours(-6), start.AddDays(1).AddHours(-5), 40,
                null, null, [], null, null, PassportRequired: false, null));
            db.SiteVisits.Add(visit);
            for (var i = 1; i <= 200; i++)
            {
                var email = $"visitor{i}@crowd.example";
                var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Visitor {i}" };
                Assert.True((await users.CreateAsync(user, Password)).Succeeded);
                var p = new Participant(ev.Id, new PersonName(null, $"Visitor{i}", "Crowd", NameOrder.GivenFirst, null), email, "TH", ParticipantCategory.Observer);
                p.Confirm();
                p.LinkAccount(user.Id);
                db.Participants.Add(p);
            }

            await db.SaveChangesAsync();
            visitId = visit.Id;
        }

        await using var app = new AppProcess(folder, ownsFolder: true);
        await app.InitializeAsync();
        var url = $"/events/cattn-ai-dialogue-2027/site-visits/{visitId}";

        // Everyone signs in and opens the visit page first (a few at a time: password hashing is the slow part).
        var clients = new HttpClient[200];
        using var gate = new SemaphoreSlim(8);
        var forms = await Task.WhenAll(Enumerable.Range(1, 200).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
                    { BaseAddress = new Uri(app.BaseUrl) };
                clients[i - 1] = client;
                await client.SignInAsync($"visitor{i}@crowd.example", Password);
                return await client.GetPageAsync(url);
            }
            finally
            {
                gate.Release();
            }
        }));

        // Then all at once.
        var responses = await Task.WhenAll(forms.Select((page, i) => clients[i].SubmitAsync(page, "#signup-form", new Dictionary<string, string?>())));
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{(int)r.StatusCode}"));

        await using var read = new DialogueOpsDbContext(new DbContextOptionsBuilder<DialogueOpsDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "app.db")};Mode=ReadOnly;Pooling=false").Options);
        var signups = await read.SiteVisitSignups.AsNoTracking().Where(s => s.SiteVisitId == visitId).ToListAsync();
        Assert.Equal(200, signups.Count);
        Assert.Equal(40, signups.Count(s => s.Status == SignupStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, 160), signups.Where(s => s.Status == SignupStatus.Waitlisted).Select(s => s.WaitlistPosition!.Value).Order());
        Assert.Equal(40, (await read.SiteVisits.AsNoTracking().SingleAsync(v => v.Id == visitId)).Confirmed);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
