using System.Net;
using DialogueOps.Domain.Common;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class CloneTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_new_event_made_from_an_earlier_one_takes_its_structure_to_the_new_dates_and_zone_but_no_people()
    {
        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var sourceId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        var form = await organizer.GetPageAsync($"/organize/events/new?from={sourceId}");
        Assert.NotNull(form.QuerySelector("#clone-note"));
        Assert.Equal("", form.QuerySelector("input[name='Input.Slug']")!.GetAttribute("value") ?? "");

        var created = await organizer.SubmitAsync(form, NewEvent.Form, new Dictionary<string, string?>
        {
            ["Input.Slug"] = "cattn-ai-dialogue-2028", ["Input.Title"] = "China–ASEAN AI Policy Dialogue 2028", ["Input.City"] = "Jakarta",
            ["Input.TimeZoneId"] = "Asia/Jakarta", ["Input.StartDate"] = "2028-07-13", ["Input.EndDate"] = "2028-07-14",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (source, copy) = await factory.WithDbAsync(async db =>
        {
            async Task<(int Hosts, int Rooms, int Delegations, int Quotas, int Rules, int Visits, int Sessions, int People)> CountAsync(int id) => (
                await db.EventHosts.CountAsync(h => h.EventId == id), await db.Rooms.CountAsync(r => r.EventId == id),
                await db.Delegations.CountAsync(d => d.EventId == id), (await db.Delegations.Where(d => d.EventId == id).ToListAsync()).Sum(d => d.Quotas.Count),
                await db.ReminderRules.CountAsync(r => r.EventId == id), await db.SiteVisits.CountAsync(v => v.EventId == id),
                await db.Sessions.CountAsync(s => s.EventId == id), await db.Participants.CountAsync(p => p.EventId == id));
            var newId = await db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2028").Select(e => e.Id).SingleAsync();
            return (await CountAsync(sourceId), await CountAsync(newId));
        });
        Assert.True(source.Sessions > 0 && source.Rooms > 0 && source.Delegations > 0 && source.Visits > 0);
        Assert.Equal(source with { People = 0 }, copy);

        // The opening keeps its day of the event and its wall-clock time, now in Jakarta.
        var (before, after) = await factory.WithDbAsync(async db =>
        {
            var old = await db.Events.SingleAsync(e => e.Id == sourceId);
            var fresh = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2028");
            var first = await db.Sessions.Where(s => s.EventId == old.Id).OrderBy(s => s.StartsAt).FirstAsync();
            var copied = await db.Sessions.Where(s => s.EventId == fresh.Id && s.Title == first.Title).OrderBy(s => s.StartsAt).FirstAsync();
            return (EventTimeZone.ToLocal(first.StartsAt, old.Zone), EventTimeZone.ToLocal(copied.StartsAt, fresh.Zone));
        });
        Assert.Equal(before.TimeOfDay, after.TimeOfDay);
        Assert.Equal(before.Date.AddDays(new DateTime(2028, 7, 13).Subtract(new DateTime(2027, 7, 8)).Days), after.Date);
        var agenda = await organizer.GetPageAsync($"/organize/events/{await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2028").Select(e => e.Id).SingleAsync())}/programme");
        Assert.Contains(before.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), agenda.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_copies_an_event_they_do_not_organize()
    {
        var secretariat = factory.CreateBrowser();
        await secretariat.SignInAsync(Browser.Demo("secretariat"));
        var sourceId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());

        var response = await secretariat.GetAsync($"/organize/events/new?from={sourceId}");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
