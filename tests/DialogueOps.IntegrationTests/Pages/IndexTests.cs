using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;

namespace DialogueOps.IntegrationTests.Pages;

public class IndexTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task Anyone_sees_the_published_demo_dialogue_on_the_home_page()
    {
        var page = await factory.CreateBrowser().GetPageAsync("/");

        var card = Assert.Single(page.QuerySelectorAll(".event-card"));
        Assert.Contains("China–ASEAN Think Tank Network AI Policy Dialogue", card.TextContent);
        Assert.Contains("8–9 July 2027", card.TextContent);
        Assert.Equal("/events/cattn-ai-dialogue-2027", card.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Hosted_by_names_the_hosts_and_co_hosts_not_the_partners()
    {
        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var eventId = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            System.Linq.Queryable.Select(System.Linq.Queryable.Where(db.Events, e => e.Slug == "cattn-ai-dialogue-2027"), e => e.Id)));
        var added = await organizer.SubmitAsync($"/organize/events/{eventId}/hosts", "form.card", new Dictionary<string, string?>
        {
            ["Input.Role"] = "Partner", ["Input.NewName"] = "Shenzhen Robotics Partner Ltd", ["Input.NewKind"] = "Company", ["Input.NewCountry"] = "CN",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, added.StatusCode);

        var card = (await factory.CreateBrowser().GetPageAsync("/")).QuerySelector(".event-card")!.TextContent;

        Assert.Contains("Hosted by Asia Research Institute", card, StringComparison.Ordinal);
        Assert.Contains("ISIS", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Shenzhen Robotics Partner", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_asking_for_Chinese_gets_the_page_in_Chinese()
    {
        var client = factory.CreateBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");

        var page = await client.GetPageAsync("/");

        Assert.Equal("zh-Hans", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("政策对话", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("中国—东盟思想库网络人工智能政策对话", page.QuerySelector(".event-card h2")!.TextContent);
        Assert.Contains("2027年7月8日至9日", page.Text());
    }

    [Fact]
    public async Task The_language_switch_is_remembered_in_a_cookie()
    {
        var client = factory.CreateBrowser();

        var home = await client.GetPageAsync("/");
        var link = home.QuerySelector("a[lang='zh-Hans'][href^='/culture']")!.GetAttribute("href")!;
        var switched = await client.GetAsync(link);
        var page = await client.GetPageAsync("/");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
        Assert.Equal("活动", page.QuerySelector("nav .nav-link")!.TextContent.Trim());
    }
}
