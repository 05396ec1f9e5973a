using System.Net;
using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Secretariat.Events;

public class DashboardTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task The_dashboard_counts_and_every_number_leads_to_its_filtered_list()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("secretariat"));
        var id = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());

        var page = await client.GetPageAsync($"/secretariat/events/{id}/dashboard");

        var confirmed = page.QuerySelector("[data-status='Confirmed']")!;
        Assert.StartsWith("61", confirmed.TextContent.Trim());
        var list = await client.GetPageAsync(confirmed.GetAttribute("href")!);
        Assert.Equal("61", list.QuerySelector("#total")!.TextContent);
        var malaysiaOfficials = page.QuerySelectorAll("#quota-fill tr").First(r => r.TextContent.Contains("Malaysia") && r.TextContent.Contains("Official"));
        Assert.Contains("2 / 3", malaysiaOfficials.TextContent);
        var filtered = await client.GetPageAsync(malaysiaOfficials.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("2", filtered.QuerySelector("#total")!.TextContent);
    }

    [Fact]
    public async Task A_focal_point_is_refused_the_dashboard_with_a_403_that_says_why()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("focalpoint.my"));
        var id = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());

        var response = await client.GetAsync($"/secretariat/events/{id}/dashboard");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not have permission to open this page.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_secretariat_gets_a_404_for_an_event_that_does_not_exist()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("secretariat"));

        var response = await client.GetAsync("/secretariat/events/987654/dashboard");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
