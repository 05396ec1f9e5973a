using DialogueOps.Domain.Programme;
using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Outcomes;

public class SessionTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    /// <summary>The demo delegate, Siti Rahman, is the closing session's rapporteur.</summary>
    private Task<int> SessionAsync(string titleStart) =>
        factory.WithDbAsync(db => db.Sessions.Where(s => s.Title.StartsWith(titleStart)).Select(s => s.Id).SingleAsync());

    /// <summary>A session of the demo event of this test's own, with the demo delegate as its rapporteur: no other test writes its notes.</summary>
    private Task<int> OwnSessionAsync(string title) => factory.WithDbAsync(async db =>
    {
        var siti = await db.Participants.Where(p => db.Users.Any(u => u.Id == p.UserId && u.Email == Browser.Demo("delegate"))).SingleAsync();
        var closing = await db.Sessions.AsNoTracking().SingleAsync(s => s.Title.StartsWith("Closing Session"));
        var session = new Session(siti.EventId, title, null, SessionKind.Roundtable, closing.StartsAt, closing.EndsAt, null);
        session.Assign(siti.Id, SessionRoleKind.Rapporteur);
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    });

    private async Task<HttpClient> SignedInAsync(string account)
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo(account));
        return client;
    }

    [Fact]
    public async Task The_rapporteur_writes_key_points_recommendations_and_follow_ups_and_finds_them_again()
    {
        var closing = await SessionAsync("Closing Session");
        var siti = await SignedInAsync("delegate");
        var url = $"/outcomes/sessions/{closing}";
        var itinerary = await siti.GetPageAsync("/me/itinerary");
        Assert.Single(itinerary.QuerySelectorAll($"a[href='{url}']"));
        var malaysia = await factory.WithDbAsync(db => db.Delegations.Where(d => d.CountryCode == "MY").Select(d => d.Id).SingleAsync());

        var saved = await siti.SubmitAsync(url, "#notes-form", new Dictionary<string, string?>
        {
            ["Input.KeyPoints"] = "Delegations agreed that interoperable AI rules matter more than identical ones.",
            ["Input.Recommendations[0].Text"] = "Set up a China–ASEAN AI safety testing network.",
            ["Input.Recommendations[0].Tags"] = "AI safety,  capacity building, ai safety",
            ["Input.Recommendations[0].DelegationId"] = malaysia.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Recommendations[1].Text"] = "Publish a shared glossary of data governance terms.",
            ["Input.Recommendations[1].Tags"] = "data governance",
            ["Input.FollowUps[0].Action"] = "Circulate the draft network terms of reference",
            ["Input.FollowUps[0].Owner"] = "CATTN secretariat",
            ["Input.FollowUps[0].Due"] = "2027-09-30",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await siti.GetPageAsync(url);
        Assert.Contains("interoperable AI rules", page.QuerySelector("textarea[name='Input.KeyPoints']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("AI safety, capacity building", page.QuerySelector("input[name='Input.Recommendations[0].Tags']")!.GetAttribute("value"));
        Assert.Equal("CATTN secretariat", page.QuerySelector("input[name='Input.FollowUps[0].Owner']")!.GetAttribute("value"));
        Assert.Equal("2027-09-30", page.QuerySelector("input[name='Input.FollowUps[0].Due']")!.GetAttribute("value"));
        Assert.Contains("Siti", page.QuerySelector("#last-saved")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2 + 2, page.QuerySelectorAll(".recommendation").Length);  // the two written, two spare
    }

    [Fact]
    public async Task A_row_with_tags_but_no_text_is_refused_with_a_message_and_nothing_typed_is_lost()
    {
        var own = await OwnSessionAsync("Side meeting on tags without text");
        var siti = await SignedInAsync("delegate");

        var response = await siti.SubmitAsync($"/outcomes/sessions/{own}", "#notes-form", new Dictionary<string, string?>
        {
            ["Input.KeyPoints"] = "A long paragraph the rapporteur must not lose.",
            ["Input.Recommendations[0].Tags"] = "AI safety",
            ["Input.FollowUps[0].Owner"] = "Nobody yet",
        });
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("needs its text", page.QuerySelector("[data-valmsg-for='Input.Recommendations[0].Text']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("needs the action", page.QuerySelector("[data-valmsg-for='Input.FollowUps[0].Action']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A long paragraph the rapporteur must not lose.", page.QuerySelector("textarea[name='Input.KeyPoints']")!.TextContent.Trim());
        Assert.Equal("AI safety", page.QuerySelector("input[name='Input.Recommendations[0].Tags']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_save_is_refused_keeps_both_texts_and_shows_theirs()
    {
        var rt3 = await SessionAsync("Roundtable 3");
        var url = $"/outcomes/sessions/{rt3}";
        var organizer = await SignedInAsync("organizer");
        var someoneElse = await SignedInAsync("admin");
        var first = await organizer.GetPageAsync(url);
        var second = await someoneElse.GetPageAsync(url);

        var theirs = await someoneElse.SubmitAsync(second, "#notes-form", new Dictionary<string, string?> { ["Input.KeyPoints"] = "Version from the administrator." });
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        var conflict = await organizer.SubmitAsync(first, "#notes-form", new Dictionary<string, string?> { ["Input.KeyPoints"] = "My version, typed at the same time." });
        var page = await Browser.ParseAsync(conflict);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Someone else saved these notes", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My version, typed at the same time.", page.QuerySelector("textarea[name='Input.KeyPoints']")!.TextContent.Trim());
        Assert.Contains("Version from the administrator.", page.QuerySelector("#their-version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Version from the administrator.", await factory.WithDbAsync(db => db.SessionOutcomes.Where(o => o.SessionId == rt3).Select(o => o.KeyPoints).SingleAsync()));

        // Having seen theirs, saving again replaces it on purpose.
        var again = await organizer.SubmitAsync(page, "#notes-form", new Dictionary<string, string?> { ["Input.KeyPoints"] = "Merged version." });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Merged version.", await factory.WithDbAsync(db => db.SessionOutcomes.Where(o => o.SessionId == rt3).Select(o => o.KeyPoints).SingleAsync()));
    }

    [Fact]
    public async Task A_rapporteur_cannot_open_or_post_another_sessions_notes()
    {
        var rt1 = await SessionAsync("Roundtable 1");
        var siti = await SignedInAsync("delegate");
        var closing = await SessionAsync("Closing Session");
        var ownPage = await siti.GetPageAsync($"/outcomes/sessions/{closing}");
        var token = ownPage.QuerySelector("#notes-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var open = await siti.GetAsync($"/outcomes/sessions/{rt1}");
        var post = await siti.PostAsync($"/outcomes/sessions/{rt1}", new FormUrlEncodedContent(
            [new("Input.KeyPoints", "Not mine to write"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.SessionOutcomes.AnyAsync(o => o.SessionId == rt1 && o.KeyPoints == "Not mine to write")));
    }
}
