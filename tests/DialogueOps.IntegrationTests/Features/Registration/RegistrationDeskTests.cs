using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DialogueOps.Web.Features.Registration;

namespace DialogueOps.IntegrationTests.Features.Registration;

public class RegistrationDeskTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_hundred_people_racing_for_the_last_ten_places_get_exactly_ten_and_the_rest_wait()
    {
        _ = factory.Server;
        var (eventId, holders) = await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            var held = await db.Participants.CountAsync(p => p.EventId == ev.Id && (p.Status == ParticipantStatus.Registered || p.Status == ParticipantStatus.Confirmed));
            db.Entry(ev).Property("Capacity").CurrentValue = held + 10;
            await db.SaveChangesAsync();
            return (ev.Id, held);
        });

        await Parallel.ForAsync(0, 100, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();
            var desk = scope.ServiceProvider.GetRequiredService<RegistrationDesk>();
            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
            var person = new Participant(eventId, new PersonName(null, $"Racer{i}", "Observer", NameOrder.GivenFirst, null), $"racer{i}@example.org", "SG", ParticipantCategory.Observer);
            await desk.RegisterAsync(ev, person, null, ct);
        });

        var racers = await factory.WithDbAsync(db => db.Participants.Where(p => p.Email.StartsWith("racer")).ToListAsync());
        Assert.Equal(100, racers.Count);
        Assert.Equal(100, racers.Select(r => r.Email).Distinct().Count());
        Assert.Equal(10, racers.Count(r => r.Status == ParticipantStatus.Registered));
        Assert.Equal(90, racers.Count(r => r.Status == ParticipantStatus.Waitlisted));
        var total = await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.EventId == eventId && (p.Status == ParticipantStatus.Registered || p.Status == ParticipantStatus.Confirmed)));
        Assert.Equal(holders + 10, total);
        Assert.Equal(100, await factory.WithDbAsync(db => db.ParticipantStatusChanges.CountAsync(c => racers.Select(r => r.Id).Contains(c.ParticipantId))));
    }
}
