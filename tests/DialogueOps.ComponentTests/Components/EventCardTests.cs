using System.Globalization;
using Bunit;
using DialogueOps.Domain.Events;
using DialogueOps.Web.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.ComponentTests.Components;

public sealed class EventCardTests : BunitContext
{
    private readonly CultureInfo originalCulture = CultureInfo.CurrentUICulture;

    private static readonly EventCardModel Dialogue = new(
        "cattn-ai-dialogue-2027",
        "China–ASEAN Think Tank Network AI Policy Dialogue",
        "中国—东盟思想库网络人工智能政策对话",
        "Qianhai International Conference Centre",
        "Shenzhen",
        new DateOnly(2027, 7, 8),
        new DateOnly(2027, 7, 9),
        EventStatus.Open,
        ["Asia Research Institute, CFAU", "ISIS Malaysia"]);

    public EventCardTests()
    {
        Services.AddLocalization();
    }

    private IRenderedComponent<EventCard> RenderIn(string culture, EventCardModel model)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        return Render<EventCard>(parameters => parameters.Add(p => p.Event, model));
    }

    [Fact]
    public void In_English_the_card_leads_with_the_English_title_and_shows_the_Chinese_one_beneath()
    {
        var card = RenderIn("en", Dialogue);

        Assert.Equal(Dialogue.Title, card.Find("h2 a").TextContent);
        Assert.Equal("/events/cattn-ai-dialogue-2027", card.Find("h2 a").GetAttribute("href"));
        Assert.Equal(Dialogue.LocalTitle, card.Find(".native-script").TextContent);
        Assert.Contains("8–9 July 2027", card.Markup);
        Assert.Contains("Hosted by Asia Research Institute, CFAU · ISIS Malaysia", card.Markup);
    }

    [Fact]
    public void In_Chinese_the_card_leads_with_the_Chinese_title_and_a_Chinese_date()
    {
        var card = RenderIn("zh-Hans", Dialogue);

        Assert.Equal(Dialogue.LocalTitle, card.Find("h2 a").TextContent);
        Assert.Equal(Dialogue.Title, card.Find(".native-script").TextContent);
        Assert.Contains("2027年7月8日至9日", card.Markup);
        Assert.Equal("开放报名", card.Find(".badge").TextContent);
    }

    [Fact]
    public void Without_a_local_title_the_Chinese_reader_falls_back_to_English_and_no_empty_line_is_drawn()
    {
        var card = RenderIn("zh-Hans", Dialogue with { LocalTitle = null, Hosts = [] });

        Assert.Equal(Dialogue.Title, card.Find("h2 a").TextContent);
        Assert.Empty(card.FindAll(".native-script"));
        Assert.DoesNotContain("主办", card.Markup);
    }

    [Theory]
    [InlineData(EventStatus.Draft, "Draft", "text-bg-secondary")]
    [InlineData(EventStatus.Open, "Open for registration", "text-bg-success")]
    [InlineData(EventStatus.Closed, "Registration closed", "text-bg-warning")]
    [InlineData(EventStatus.Archived, "Archived", "text-bg-light border")]
    public void The_status_badge_names_the_status_in_words_and_colour(EventStatus status, string label, string css)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var badge = Render<EventStatusBadge>(parameters => parameters.Add(p => p.Status, status));

        badge.MarkupMatches($"<span class=\"badge {css}\" data-status=\"{status}\">{label}</span>");
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = originalCulture;
        base.Dispose(disposing);
    }
}
