using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DialogueOps.Web.Features.SiteVisits;

namespace DialogueOps.IntegrationTests.Features.SiteVisits;

/// <summary>Seats are settled by the database: a busy minute of sign-ups can never oversell a coach.</summary>
public class SiteVisitCapacityTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task Two_hundred_concurrent_sign_ups_for_forty_seats_confirm_exactly_forty_and_number_the_waitlist_1_to_160()
    {
        var (visitId, people) = await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            var host = await db.Organizations.Where(o => o.Name == "Tencent").Select(o => o.Id).SingleAsync();
            var (start, _) = ev.UtcSpan();
            var visit = SiteVisit.Create(ev.Id, new SiteVisitDetails(host, "Capacity drill", null, start.AddDays(1).AddHours(-6), start.AddDays(1).AddHours(-5), 40,
                null, null, [], null, null, PassportRequired: false, null));
            db.SiteVisits.Add(visit);
            var crowd = Enumerable.Range(1, 200).Select(i =>
            {
                var p = new Participant(ev.Id, new PersonName(null, $"Visitor{i}", "Crowd", NameOrder.GivenFirst, null), $"visitor{i}@crowd.example", "TH", ParticipantCategory.Observer);
                p.Confirm();
                return p;
            }).ToList();
            db.Participants.AddRange(crowd);
            await db.SaveChangesAsync();
            return (visit.Id, crowd.Select(p => p.Id).ToList());
        });

        await Task.WhenAll(people.Select(id => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SiteVisitDesk>().SignUpAsync(visitId, id, rulesAccepted: true, CancellationToken.None);
        })));

        var (signups, visit) = await factory.WithDbAsync(async db => (
            await db.SiteVisitSignups.AsNoTracking().Where(s => s.SiteVisitId == visitId).ToListAsync(),
            await db.SiteVisits.AsNoTracking().SingleAsync(v => v.Id == visitId)));
        Assert.Equal(200, signups.Count);
        Assert.Equal(40, signups.Count(s => s.Status == SignupStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, 160), signups.Where(s => s.Status == SignupStatus.Waitlisted).Select(s => s.WaitlistPosition!.Value).Order());
        Assert.Equal(40, visit.Confirmed);
        Assert.Equal(0, visit.SeatsLeft);
    }
}
