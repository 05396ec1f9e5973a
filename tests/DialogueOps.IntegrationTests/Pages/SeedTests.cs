using AngleSharp.Dom;
using DialogueOps.Domain.Programme;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.Web.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.IntegrationTests.Pages;

public class SeedTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private Task<int[]> CountsAsync() => factory.WithDbAsync(async db => new[]
    {
        await db.Events.CountAsync(), await db.Organizations.CountAsync(), await db.Delegations.CountAsync(),
        await db.Participants.CountAsync(), await db.Sessions.CountAsync(), await db.SessionRoles.CountAsync(),
        await db.SiteVisits.CountAsync(), await db.Rooms.CountAsync(), await db.Users.CountAsync(), await db.EventGrants.CountAsync(),
    });

    [Fact]
    public async Task Seeding_twice_leaves_the_same_counts()
    {
        _ = factory.Server;
        var first = await CountsAsync();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDialogueSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(first, await CountsAsync());
        Assert.Equal(1, first[0]);
        Assert.Equal(10, first[2]);
        Assert.True(first[3] >= 60, $"{first[3]} participants");
        Assert.Equal(3, first[6]);
    }

    [Fact]
    public async Task The_demo_has_names_in_six_native_scripts_and_a_two_day_programme()
    {
        var natives = await factory.WithDbAsync(db => db.Participants.Where(p => p.NativeName != null).Select(p => p.NativeName!).ToListAsync());
        var days = await factory.WithDbAsync(async db => (await db.Sessions.Select(s => s.StartsAt).ToListAsync()).Select(s => s.AddHours(8).Date).Distinct().Count());
        var kinds = await factory.WithDbAsync(db => db.Sessions.Select(s => s.Kind).Distinct().ToListAsync());

        Assert.Contains(natives, n => n.Any(c => c is >= '\u4E00' and <= '\u9FFF'));   // Chinese
        Assert.Contains(natives, n => n.Any(c => c is >= '\u0E00' and <= '\u0E7F'));   // Thai
        Assert.Contains(natives, n => n.Any(c => c is >= '\u1780' and <= '\u17FF'));   // Khmer
        Assert.Contains(natives, n => n.Any(c => c is >= '\u0E80' and <= '\u0EFF'));   // Lao
        Assert.Contains(natives, n => n.Any(c => c is >= '\u1000' and <= '\u109F'));   // Myanmar
        Assert.Contains(natives, n => n.Contains('ễ'));                                  // Vietnamese
        Assert.Equal(2, days);
        Assert.Contains(SessionKind.Opening, kinds);
        Assert.Contains(SessionKind.Roundtable, kinds);
        Assert.Contains(SessionKind.Closing, kinds);
    }
}
