using AngleSharp.Dom;
using System.Net;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class CreateTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Url = "/organize/events/new";

    private static Dictionary<string, string?> ValidForm(string slug) => new()
    {
        ["Input.Title"] = "Mekong–Lancang Digital Cooperation Forum",
        ["Input.LocalTitle"] = "澜湄数字合作论坛",
        ["Input.Slug"] = slug,
        ["Input.City"] = "Vientiane",
        ["Input.Venue"] = "National Convention Centre",
        ["Input.TimeZoneId"] = "Asia/Vientiane",
        ["Input.StartDate"] = "2028-03-14",
        ["Input.EndDate"] = "2028-03-15",
        ["Input.Capacity"] = "120",
        ["Input.RegistrationOpensAt"] = "2027-12-01T09:00",
        ["Input.RegistrationClosesAt"] = "2028-02-28T17:00",
    };

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await factory.CreateBrowser().GetAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("delegate")]
    [InlineData("secretariat")]
    public async Task People_who_are_not_organizers_are_refused(string account)
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo(account));

        var response = await client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_organizer_creates_an_event_and_finds_it_as_typed_with_times_stored_in_UTC()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));

        var response = await client.SubmitAsync(Url, "form[method=post]:not([action^='/Culture']):not([action*='Logout'])", ValidForm("lmc-digital-2028"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edit = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("The event was created as a draft", edit.Text());
        Assert.Equal("Mekong–Lancang Digital Cooperation Forum", edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("2028-02-28T17:00", edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_RegistrationClosesAt")!.Value[..16]);

        var stored = await factory.WithDbAsync(db => db.Events.SingleAsync(e => e.Slug == "lmc-digital-2028"));
        Assert.Equal(EventStatus.Draft, stored.Status);
        Assert.Equal(new DateTime(2028, 2, 28, 10, 0, 0, DateTimeKind.Utc), stored.RegistrationClosesAt);
        Assert.True(await factory.WithDbAsync(db => db.EventGrants.AnyAsync(g => g.EventId == stored.Id && g.Kind == GrantKind.Organizer)));

        var details = await client.GetPageAsync("/events/lmc-digital-2028");
        Assert.Contains("UTC+7", details.QuerySelector(".zone-note")!.TextContent);
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_the_fields_and_nothing_is_saved()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));
        var form = ValidForm("bad-input-2028");
        form["Input.TimeZoneId"] = "Asia/Atlantis";
        form["Input.StartDate"] = "2028-03-15";
        form["Input.EndDate"] = "2028-03-14";
        form["Input.Title"] = "";

        var response = await client.SubmitAsync(Url, "main form[method=post]", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("This field is required.", page.QuerySelector("[data-valmsg-for='Input.Title']")!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Events.CountAsync(e => e.Slug == "bad-input-2028")));

        form["Input.Title"] = "Something";
        page = await Browser.ParseAsync(await client.SubmitAsync(Url, "main form[method=post]", form));
        Assert.Contains("Unknown time zone", page.QuerySelector("[data-valmsg-for='Input.TimeZoneId']")!.TextContent);
        Assert.Contains("The event cannot end before it starts.", page.QuerySelector("[data-valmsg-for='Input.EndDate']")!.TextContent);
        Assert.Equal("Something", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
    }

    [Fact]
    public async Task A_short_name_already_in_use_is_refused()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));

        var response = await client.SubmitAsync(Url, "main form[method=post]", ValidForm("cattn-ai-dialogue-2027"));

        var page = await Browser.ParseAsync(response);
        Assert.Contains("Another event already uses this short name.", page.QuerySelector("[data-valmsg-for='Input.Slug']")!.TextContent);
    }

    [Fact]
    public async Task Validation_messages_come_in_Chinese_for_a_Chinese_reader()
    {
        var client = factory.CreateBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        await client.SignInAsync(Browser.Demo("organizer"));
        var form = ValidForm("zh-errors-2028");
        form["Input.EndDate"] = "2028-03-01";

        var page = await Browser.ParseAsync(await client.SubmitAsync(Url, "main form[method=post]", form));

        Assert.Equal("活动的结束日期不能早于开始日期。", page.QuerySelector("[data-valmsg-for='Input.EndDate']")!.TextContent);
    }
}
