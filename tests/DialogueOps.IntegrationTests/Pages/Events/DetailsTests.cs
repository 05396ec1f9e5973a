using AngleSharp.Dom;
using System.Net;
using DialogueOps.Domain.Events;
using DialogueOps.IntegrationTests.Infrastructure;

namespace DialogueOps.IntegrationTests.Pages.Events;

public class DetailsTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task The_event_page_names_the_time_zone_hosts_and_counts()
    {
        var page = await factory.CreateBrowser().GetPageAsync("/events/cattn-ai-dialogue-2027");

        Assert.Contains("All times", page.Text());
        Assert.Contains("UTC+8", page.QuerySelector(".zone-note")!.TextContent);
        Assert.Contains("Asia Research Institute, China Foreign Affairs University", page.Text());
        Assert.Contains("Institute of Strategic and International Studies (ISIS) Malaysia", page.Text());
        Assert.Equal("10", page.QuerySelector("[data-count=delegations]")!.TextContent);
        Assert.Equal("61", page.QuerySelector("[data-count=participants]")!.TextContent);
        Assert.Equal("3", page.QuerySelector("[data-count=visits]")!.TextContent);
        // Which visits: the host company, when, and where to meet.
        var visits = page.QuerySelectorAll("#site-visits li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, visits.Count);
        Assert.Contains(visits, v => v.Contains("Tencent", StringComparison.Ordinal) && v.Contains("09:00–12:00", StringComparison.Ordinal)
            && v.Contains("Meeting point: Main entrance, Qianhai International Conference Centre", StringComparison.Ordinal));
        Assert.Contains(visits, v => v.Contains("UBTECH Robotics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_event_gives_a_friendly_404_page()
    {
        var response = await factory.CreateBrowser().GetAsync("/events/no-such-dialogue");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Equal("Not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_draft_event_is_hidden_from_the_public_but_shown_to_its_organizer()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Events.Add(Event.Create(new EventDetails("draft-dialogue-2028", "Draft Dialogue", null, null, null, "Kuala Lumpur",
                "Asia/Kuala_Lumpur", new DateOnly(2028, 3, 1), new DateOnly(2028, 3, 2), 50)));
            return await db.SaveChangesAsync();
        });

        var anonymous = await factory.CreateBrowser().GetAsync("/events/draft-dialogue-2028");
        var admin = factory.CreateBrowser();
        await admin.SignInAsync(Browser.Demo("admin"));
        var home = await factory.CreateBrowser().GetPageAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Contains("Draft Dialogue", (await admin.GetPageAsync("/events/draft-dialogue-2028")).Text());
        Assert.DoesNotContain("Draft Dialogue", home.Text());
    }
}
