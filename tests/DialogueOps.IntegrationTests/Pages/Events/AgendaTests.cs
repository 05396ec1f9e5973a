using System.Net;
using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace DialogueOps.IntegrationTests.Pages.Events;

public class AgendaTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Slug = "cattn-ai-dialogue-2027";

    [Fact]
    public async Task Anyone_reads_the_published_agenda_by_day_in_time_order_with_roles_and_native_names()
    {
        var page = await factory.CreateBrowser().GetPageAsync($"/events/{Slug}/agenda");

        var days = page.QuerySelectorAll(".agenda-day");
        Assert.Equal(2, days.Length);
        var times = days[0].QuerySelectorAll(".agenda-time").Select(t => t.TextContent.Trim()[..5]).ToList();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
        var roundtable = page.QuerySelectorAll(".agenda-session").First(s => s.TextContent.Contains("Roundtable 1"));
        Assert.Contains("Chair: Dr. Somchai Jaidee สมชาย ใจดี", roundtable.TextContent);
        Assert.Contains("Dr. Chea Sopheap ជា សុភាព; Dr. Siti Rahman", roundtable.TextContent);
    }

    [Fact]
    public async Task A_delegate_can_see_their_own_time_zone_beside_the_events()
    {
        var page = await factory.CreateBrowser().GetPageAsync($"/events/{Slug}/agenda?tz=Asia/Yangon");

        var opening = page.QuerySelectorAll(".agenda-session").First();
        Assert.Contains("09:00–09:40", opening.TextContent);
        Assert.Contains("(07:30–08:10)", opening.TextContent);
    }

    [Fact]
    public async Task The_site_visit_slot_names_each_visit_with_its_company_time_and_meeting_point_on_the_page_and_in_the_PDF()
    {
        var page = await factory.CreateBrowser().GetPageAsync($"/events/{Slug}/agenda");
        var slot = page.QuerySelectorAll("article.agenda-session").Single(a => a.TextContent.Contains("Site visits to host companies", StringComparison.Ordinal));
        var visits = slot.QuerySelectorAll(".site-visits li").Select(li => li.TextContent).ToList();

        Assert.Equal(3, visits.Count);
        Assert.Contains(visits, v => v.Contains("Tencent", StringComparison.Ordinal) && v.Contains("09:00–12:00", StringComparison.Ordinal) && v.Contains("Meeting point:", StringComparison.Ordinal));
        var bytes = await factory.CreateBrowser().GetByteArrayAsync($"/events/{Slug}/agenda.pdf");
        using var pdf = PdfDocument.Open(bytes);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Contains("Tencent", words);
        Assert.Contains("WeBank", words);
        Assert.Contains("UBTECH", words);
    }

    [Fact]
    public async Task The_agenda_PDF_carries_the_sessions_native_names_zone_line_and_page_numbers()
    {
        var response = await factory.CreateBrowser().GetAsync($"/events/{Slug}/agenda.pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Roundtable 1: National Perspectives on", text);
        Assert.Contains("All times China Standard Time, UTC+8", text);
        Assert.Contains("Page 1 of", text);
        Assert.Contains("高飞", text.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("圆桌一：人工智能治理的国别视角", text.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("Time", pdf.GetPage(pdf.NumberOfPages).GetWords().Select(w => w.Text));
    }

    [Fact]
    public async Task The_calendar_parses_back_with_the_stored_instants_and_stable_UIDs()
    {
        var client = factory.CreateBrowser();
        var first = Calendar.Load(await client.GetStringAsync($"/events/{Slug}/agenda.ics"))!;
        var second = Calendar.Load(await client.GetStringAsync($"/events/{Slug}/agenda.ics"))!;
        var stored = await factory.WithDbAsync(db => db.Sessions.Select(s => new { s.Id, s.Title, s.StartsAt, s.EndsAt }).ToListAsync());

        Assert.Equal(stored.Count, first.Events.Count);
        foreach (var session in stored)
        {
            var entry = first.Events.Single(e => e.Uid == $"session-{session.Id}@{Slug}.dialogueops");
            Assert.StartsWith(session.Title, entry.Summary);
            Assert.Equal(session.StartsAt, entry.DtStart!.AsUtc);
            Assert.Equal(session.EndsAt, entry.DtEnd!.AsUtc);
        }

        Assert.Equal(first.Events.Select(e => e.Uid).Order(), second.Events.Select(e => e.Uid).Order());
        Assert.Equal(first.Events.Count, first.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task A_draft_programme_is_not_shown_to_the_public()
    {
        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var created = await organizer.SubmitAsync("/organize/events/new", "main form[method=post]", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Hanoi Roundtable", ["Input.Slug"] = "hanoi-roundtable-2028", ["Input.TimeZoneId"] = "Asia/Ho_Chi_Minh",
            ["Input.StartDate"] = "2028-04-10", ["Input.EndDate"] = "2028-04-10",
        });
        await organizer.SubmitAsync(created.Headers.Location!.OriginalString, "form[action*='handler=Open']", new Dictionary<string, string?>());

        var agenda = await factory.CreateBrowser().GetPageAsync("/events/hanoi-roundtable-2028/agenda");
        var calendar = await factory.CreateBrowser().GetAsync("/events/hanoi-roundtable-2028/agenda.ics");
        var preview = await organizer.GetPageAsync("/events/hanoi-roundtable-2028/agenda");

        Assert.Contains("The programme has not been published yet.", agenda.Text());
        Assert.Equal(HttpStatusCode.NotFound, calendar.StatusCode);
        Assert.Contains("Draft: only organizers see this programme", preview.Text());
    }
}
