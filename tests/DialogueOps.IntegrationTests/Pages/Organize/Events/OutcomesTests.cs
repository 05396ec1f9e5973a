using System.Net;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Outcomes;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class OutcomesTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Slug = "cattn-ai-dialogue-2027";

    private Task<int> EventIdAsync() => factory.WithDbAsync(db => db.Events.Where(e => e.Slug == Slug).Select(e => e.Id).SingleAsync());

    private async Task<HttpClient> SignedInAsync(string account)
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo(account));
        return client;
    }

    private async Task WriteNotesAsync(HttpClient client, string sessionTitle, params (string Text, string Tags)[] recommendations)
    {
        var session = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Title.StartsWith(sessionTitle)).Select(s => s.Id).SingleAsync());
        var values = new Dictionary<string, string?> { ["Input.KeyPoints"] = $"Key points of {sessionTitle}." };
        var page = await client.GetPageAsync($"/outcomes/sessions/{session}");
        for (var i = 0; i < recommendations.Length; i++)
        {
            if (i >= 2)
            {
                // Two spare rows per save: save, then fill the next ones.
                Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page, "#notes-form", values)).StatusCode);
                page = await client.GetPageAsync($"/outcomes/sessions/{session}");
                values.Clear();
            }

            values[$"Input.Recommendations[{i}].Text"] = recommendations[i].Text;
            values[$"Input.Recommendations[{i}].Tags"] = recommendations[i].Tags;
        }

        values["Input.FollowUps[0].Action"] = $"Report back on {sessionTitle}";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page, "#notes-form", values)).StatusCode);
    }

    [Fact]
    public async Task The_summary_compiles_recommendations_by_tag_and_publishing_notifies_confirmed_participants_with_a_pdf_that_reads_back()
    {
        var organizer = await SignedInAsync("organizer");
        var eventId = await EventIdAsync();
        await WriteNotesAsync(organizer, "Roundtable 1", ("Create a regional AI incident reporting channel.", "AI safety"),
            ("Align cross-border data transfer clauses.", "data governance, AI safety"));
        await WriteNotesAsync(organizer, "Roundtable 4", ("Fund 200 joint AI fellowships a year.", "capacity building"), ("Hold a yearly ministers' retreat.", ""));
        var checkIn = await factory.WithDbAsync(db => db.Participants.Where(p => p.FamilyName == "Gao").Select(p => p.Id).SingleAsync());
        await factory.WithDbAsync(db =>
        {
            db.Attendances.Add(new Attendance(checkIn, new DateOnly(2027, 7, 8), null, DateTime.UtcNow, "test"));
            return db.SaveChangesAsync();
        });

        var url = $"/organize/events/{eventId}/outcomes";
        var page = await organizer.GetPageAsync(url);
        var themes = page.QuerySelectorAll("h3.theme").Select(h => h.TextContent.Trim()).ToList();
        Assert.StartsWith("AI safety", themes[0], StringComparison.Ordinal);
        // Each recommendation once, under its first tag: the second one ("data governance, AI safety") is not repeated.
        Assert.Single(page.QuerySelectorAll("h3.theme + ul li, h3.theme + ol li"), e => e.TextContent.Contains("Align cross-border data transfer clauses.", StringComparison.Ordinal));
        Assert.Contains(themes, t => t.StartsWith("data governance", StringComparison.Ordinal));
        Assert.Contains(themes, t => t.StartsWith("Other recommendations", StringComparison.Ordinal));

        // Publishing needs an introduction.
        var refused = await organizer.SubmitAsync(page, "form[data-confirm]", new Dictionary<string, string?>());
        Assert.Equal("Draft", await factory.WithDbAsync(db => db.OutcomeSummaries.Where(s => s.EventId == eventId).Select(s => s.Status.ToString()).SingleOrDefaultAsync()) ?? "Draft");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await organizer.SubmitAsync(url, "#introduction-form", new Dictionary<string, string?>
        {
            ["Input.Introduction"] = "Sixty experts from eleven countries met in Shenzhen to prepare the leaders' summit.",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowser().GetAsync($"/events/{Slug}/outcomes")).StatusCode);
        await organizer.SubmitAsync(url, "form[data-confirm]", new Dictionary<string, string?>());
        Assert.Contains("once the event has begun", (await organizer.GetPageAsync(url)).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowser().GetAsync($"/events/{Slug}/outcomes")).StatusCode);
        await factory.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(e => e.SetProperty(x => x.StartDate, new DateOnly(2026, 11, 2))));
        var published = await organizer.SubmitAsync(url, "form[data-confirm]", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var confirmed = await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.EventId == eventId && p.Status == ParticipantStatus.Confirmed && p.ErasedAt == null));
        var announced = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.EventId == eventId && n.Kind == NotificationKind.OutcomeSummaryPublished));
        Assert.Equal(confirmed, announced);
        Assert.Equal(OutcomeSummaryStatus.Published, await factory.WithDbAsync(db => db.OutcomeSummaries.Where(s => s.EventId == eventId).Select(s => s.Status).SingleAsync()));

        var anonymous = factory.CreateBrowser();
        var publicPage = await anonymous.GetPageAsync($"/events/{Slug}/outcomes");
        Assert.Contains("Fund 200 joint AI fellowships a year.", publicPage.Body!.TextContent, StringComparison.Ordinal);
        var pdf = await (await anonymous.GetAsync($"/events/{Slug}/outcomes?handler=Pdf")).Content.ReadAsByteArrayAsync();
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "outcome-summary-test.pdf"), pdf);
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Create a regional AI incident reporting channel.", text, StringComparison.Ordinal);
        Assert.Contains("Sixty experts from eleven countries", text, StringComparison.Ordinal);
        Assert.Contains("1 participant checked in at least once", text, StringComparison.Ordinal);
        Assert.Contains("Participants by country", text, StringComparison.Ordinal);
        Assert.Contains($"Page 2 of {document.NumberOfPages}", text, StringComparison.Ordinal);
        Assert.Contains("China 中国", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", text, StringComparison.Ordinal);

        // A mistake found after publishing: back to a draft, the public page goes, nobody is mailed again.
        var withdrawn = await organizer.SubmitAsync(url, "form[action*='handler=Withdraw']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(OutcomeSummaryStatus.Draft, await factory.WithDbAsync(db => db.OutcomeSummaries.Where(s => s.EventId == eventId).Select(s => s.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowser().GetAsync($"/events/{Slug}/outcomes")).StatusCode);
        Assert.Equal(announced, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.EventId == eventId && n.Kind == NotificationKind.OutcomeSummaryPublished)));
    }
}
