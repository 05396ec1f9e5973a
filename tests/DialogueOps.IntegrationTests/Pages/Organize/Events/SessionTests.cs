using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DialogueOps.IntegrationTests.Pages.Outcomes;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class SessionTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Form = "#session-form";

    private async Task<(HttpClient Client, int EventId, Dictionary<string, int> Rooms)> OrganizerAsync()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        var rooms = await factory.WithDbAsync(db => db.Rooms.Where(r => r.EventId == eventId).ToDictionaryAsync(r => r.Name, r => r.Id));
        return (client, eventId, rooms);
    }

    private static Dictionary<string, string?> Session(string title, string start, string end, int room, string day = "2027-07-08") => new()
    {
        ["Input.Title"] = title, ["Input.LocalTitle"] = "测试会议", ["Input.Kind"] = "Panel", ["Input.Day"] = day,
        ["Input.Start"] = start, ["Input.End"] = end, ["Input.RoomId"] = room.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_description_and_a_session_across_midnight_show_on_the_public_agenda_page_and_in_its_PDF()
    {
        var (client, eventId, rooms) = await OrganizerAsync();
        var form = Session("Night Hackathon on Open Models", "22:00", "01:30", rooms["Meeting Room B"], "2027-07-08");
        form["Input.EndsNextDay"] = "true";
        form["Input.Description"] = "Teams from each delegation build policy prototypes overnight.";
        form["Input.OverrideConflicts"] = "true";
        form["Input.OverrideReason"] = "Evening use of the room agreed with the venue";

        var created = await client.SubmitAsync($"/organize/events/{eventId}/sessions", Form, form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = await factory.CreateBrowser().GetPageAsync("/events/cattn-ai-dialogue-2027/agenda");
        var article = page.QuerySelectorAll("article.agenda-session").Single(a => a.TextContent.Contains("Night Hackathon", StringComparison.Ordinal));
        Assert.Contains("Teams from each delegation build policy prototypes overnight.", article.QuerySelector(".session-description")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(+1 day)", article.TextContent, StringComparison.Ordinal);

        var bytes = await factory.CreateBrowser().GetByteArrayAsync("/events/cattn-ai-dialogue-2027/agenda.pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        // Table cells interleave in the text stream; the description's words and the marker are checked as words.
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Contains("prototypes", words);
        Assert.Contains("overnight.", words);
        Assert.Contains("22:00–01:30", words);
        Assert.Contains("(+1", words);
    }

    [Fact]
    public async Task An_organizer_creates_a_session_and_the_public_agenda_lists_it_in_order_with_a_changelog_line()
    {
        var (client, eventId, rooms) = await OrganizerAsync();

        var created = await client.SubmitAsync($"/organize/events/{eventId}/sessions", Form, Session("Youth Voices Panel", "17:30", "18:15", rooms["Meeting Room B"]));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var agenda = await factory.CreateBrowser().GetPageAsync("/events/cattn-ai-dialogue-2027/agenda");
        var titles = agenda.QuerySelectorAll(".agenda-day").First().QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.Equal(titles.IndexOf("Roundtable 3: Cross-border Data Governance") + 1, titles.IndexOf("Youth Voices Panel"));
        Assert.Contains("Added: Youth Voices Panel, 8 Jul 17:30–18:15, Meeting Room B", agenda.QuerySelector("#changelog")!.TextContent);
        Assert.Contains("China Standard Time, UTC+8", agenda.QuerySelector("#zone-line")!.TextContent);
    }

    [Fact]
    public async Task A_double_booked_room_is_shown_before_saving_and_blocks_it_unless_overridden_with_a_reason()
    {
        var (client, eventId, rooms) = await OrganizerAsync();
        var url = $"/organize/events/{eventId}/sessions";
        var form = Session("Press Briefing", "11:00", "11:30", rooms["Qianhai Hall"]);

        var blocked = await Browser.ParseAsync(await client.SubmitAsync(url, Form, form));

        Assert.Contains("The room is already booked at that time for: Roundtable 1: National Perspectives on AI Governance.", blocked.QuerySelector("#conflicts")!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.Sessions.AnyAsync(s => s.Title == "Press Briefing")));

        var withoutReason = await Browser.ParseAsync(await client.SubmitAsync(blocked, Form, new Dictionary<string, string?> { ["Input.OverrideConflicts"] = "true" }));
        Assert.Contains("Give a reason", withoutReason.QuerySelector("[data-valmsg-for='Input.OverrideReason']")!.TextContent);

        var saved = await client.SubmitAsync(withoutReason, Form, new Dictionary<string, string?>
        {
            ["Input.OverrideConflicts"] = "true", ["Input.OverrideReason"] = "Briefing at the back of the hall during the roundtable",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Briefing at the back of the hall during the roundtable",
            await factory.WithDbAsync(db => db.Sessions.Where(s => s.Title == "Press Briefing").Select(s => s.ConflictOverrideReason).SingleAsync()));
    }

    [Theory]
    [InlineData("09:00", "08:00", "A session must end after it starts.")]
    public async Task A_session_ending_before_it_starts_is_refused(string start, string end, string message)
    {
        var (client, eventId, rooms) = await OrganizerAsync();

        var page = await Browser.ParseAsync(await client.SubmitAsync($"/organize/events/{eventId}/sessions", Form, Session("Backwards", start, end, rooms["Meeting Room B"])));

        Assert.Contains(message, page.QuerySelector("[data-valmsg-for='Input.End']")!.TextContent);
    }

    [Fact]
    public async Task A_busy_speaker_cannot_be_assigned_without_confirming_the_conflict()
    {
        var (client, eventId, rooms) = await OrganizerAsync();
        var created = await client.SubmitAsync($"/organize/events/{eventId}/sessions", Form, Session("Side Meeting", "09:00", "09:30", rooms["Meeting Room B"]));
        var url = created.Headers.Location!.OriginalString;
        var gao = await factory.WithDbAsync(db => db.Participants.Where(p => p.NativeName == "高飞").Select(p => p.Id).SingleAsync());

        var refused = await Browser.ParseAsync(await client.SubmitAsync(url, "#role-form", new Dictionary<string, string?> { ["NewRole.ParticipantId"] = gao.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        Assert.Contains("Double-booked: Prof. Gao Fei 高飞 — Opening Ceremony and Welcome Remarks.", refused.QuerySelector("#role-form")!.TextContent);
        var noReason = await Browser.ParseAsync(await client.SubmitAsync(refused, "#role-form", new Dictionary<string, string?> { ["NewRole.OverrideConflicts"] = "true" }));
        Assert.Contains("Give a reason", noReason.QuerySelector("[data-valmsg-for='NewRole.OverrideReason']")!.TextContent);
        var forced = await client.SubmitAsync(noReason, "#role-form", new Dictionary<string, string?>
        {
            ["NewRole.OverrideConflicts"] = "true", ["NewRole.OverrideReason"] = "Leaves the opening early",
        });
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Contains("Leaves the opening early", await factory.WithDbAsync(db => db.Sessions.Where(s => s.Title == "Side Meeting").Select(s => s.ConflictOverrideReason).SingleAsync()));
        Assert.Contains("Prof. Gao Fei 高飞", (await client.GetPageAsync(url)).Text());
    }

    [Fact]
    public async Task Moving_a_published_session_is_listed_for_delegates_with_old_and_new_time()
    {
        var (client, eventId, rooms) = await OrganizerAsync();
        var sessionId = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Title.StartsWith("Roundtable 2")).Select(s => s.Id).SingleAsync());

        var moved = await client.SubmitAsync($"/organize/events/{eventId}/sessions/{sessionId}", Form, new Dictionary<string, string?>
        {
            ["Input.RoomId"] = rooms["Meeting Room B"].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Start"] = "15:00", ["Input.End"] = "16:45",
            ["Input.OverrideConflicts"] = "true", ["Input.OverrideReason"] = "Audience of 60 accepted in a room of 40 for this trial",
        });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var changelog = (await factory.CreateBrowser().GetPageAsync("/events/cattn-ai-dialogue-2027/agenda")).QuerySelector("#changelog")!.TextContent;
        Assert.Contains("Roundtable 2: Regional Perspectives and China–ASEAN Cooperation moved to Meeting Room B, 14:00 → 15:00", changelog);
    }

    [Fact]
    public async Task Hostile_titles_are_refused_or_shown_escaped_and_unknown_rooms_are_reported()
    {
        var (client, eventId, rooms) = await OrganizerAsync();
        var url = $"/organize/events/{eventId}/sessions";

        var tooLong = await Browser.ParseAsync(await client.SubmitAsync(url, Form, Session(new string('x', 2000), "19:00", "19:30", rooms["Meeting Room B"])));
        Assert.Contains("At most 300 characters.", tooLong.QuerySelector("[data-valmsg-for='Input.Title']")!.TextContent);

        var unknownRoom = Session("Somewhere", "19:00", "19:30", 99999);
        var noRoom = await client.PostAsync(url, new FormUrlEncodedContent(await WithTokenAsync(client, url, unknownRoom)));
        Assert.Contains("Unknown room.", (await Browser.ParseAsync(noRoom)).QuerySelector("[data-valmsg-for='Input.RoomId']")!.TextContent);

        var script = await client.SubmitAsync(url, Form, Session("<script>alert('x')</script> Night Panel", "19:00", "19:30", rooms["Meeting Room B"]));
        Assert.Equal(HttpStatusCode.Redirect, script.StatusCode);
        var html = await (await factory.CreateBrowser().GetAsync("/events/cattn-ai-dialogue-2027/agenda")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert('x')</script>", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Night Panel", html);
    }

    [Fact]
    public async Task Two_organizers_saving_the_same_session_do_not_overwrite_each_other()
    {
        var (first, eventId, _) = await OrganizerAsync();
        var second = factory.CreateBrowser();
        await second.SignInAsync(Browser.Demo("admin"));
        var sessionId = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Title.StartsWith("Roundtable 4")).Select(s => s.Id).SingleAsync());
        var url = $"/organize/events/{eventId}/sessions/{sessionId}";
        var stale = await second.GetPageAsync(url);

        var saved = await first.SubmitAsync(url, Form, new Dictionary<string, string?> { ["Input.Description"] = "First organizer's description" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var conflict = await Browser.ParseAsync(await second.SubmitAsync(stale, Form, new Dictionary<string, string?> { ["Input.Description"] = "Second organizer's text" }));

        var errors = string.Join(" | ", conflict.QuerySelectorAll(".alert-danger, .alert-warning, .text-danger").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
        Assert.True(conflict.Text().Contains("Someone else saved this session while you were editing", StringComparison.Ordinal), errors);
        Assert.Equal("Second organizer's text", conflict.QuerySelector<IHtmlTextAreaElement>("#Input_Description")!.Value);
        Assert.Equal("First organizer's description", await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Description).SingleAsync()));
    }

    [Fact]
    public async Task Saving_a_second_day_session_unchanged_keeps_it_on_its_day()
    {
        var (client, eventId, _) = await OrganizerAsync();
        var session = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Title.StartsWith("Closing Session")));

        var saved = await client.SubmitAsync($"/organize/events/{eventId}/sessions/{session.Id}", Form, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id));
        Assert.Equal(session.StartsAt, after.StartsAt);
        Assert.Equal(session.EndsAt, after.EndsAt);
    }

    [Fact]
    public async Task The_events_secretariat_may_schedule_but_not_change_the_events_set_up()
    {
        var (_, eventId, rooms) = await OrganizerAsync();
        var secretariat = factory.CreateBrowser();
        await secretariat.SignInAsync(Browser.Demo("secretariat"));

        var created = await secretariat.SubmitAsync($"/organize/events/{eventId}/sessions", Form, Session("Secretariat Briefing", "08:00", "08:30", rooms["Meeting Room B"]));
        var setUp = await secretariat.GetAsync($"/organize/events/{eventId}/edit");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Sessions.AnyAsync(s => s.Title == "Secretariat Briefing")));
        Assert.Equal(HttpStatusCode.Forbidden, setUp.StatusCode);
        var index = await secretariat.GetPageAsync("/organize");
        Assert.Equal($"/organize/events/{eventId}/programme", index.QuerySelector("td.table-actions a")!.GetAttribute("href"));
    }

    private static async Task<List<KeyValuePair<string, string>>> WithTokenAsync(HttpClient client, string url, Dictionary<string, string?> values)
    {
        var page = await client.GetPageAsync(url);
        var token = page.QuerySelector<IHtmlInputElement>($"{Form} input[name=__RequestVerificationToken]")!.Value;
        return values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value ?? "")).Append(new("__RequestVerificationToken", token)).ToList();
    }
}
