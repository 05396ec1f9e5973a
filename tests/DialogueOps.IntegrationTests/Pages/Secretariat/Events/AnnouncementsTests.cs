using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Notifications;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Secretariat.Events;

/// <summary>Messages to a group: previewed as a real recipient reads them, sent or scheduled through the outbox, tracked per person.</summary>
public class AnnouncementsTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Form = "#announcement-form";
    private const string Preview = "button[formaction*='handler=Preview']";

    private async Task<(HttpClient Client, int EventId)> SecretariatAsync()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("secretariat"));
        return (client, await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync()));
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_message_to_a_delegation_is_previewed_with_a_real_recipient_and_each_member_gets_it_with_their_own_name()
    {
        var (client, eventId) = await SecretariatAsync();
        var (delegationId, members) = await factory.WithDbAsync(async db =>
        {
            var thailand = await db.Delegations.SingleAsync(d => d.EventId == eventId && d.CountryCode == "TH");
            var emails = await db.Participants.Where(p => p.DelegationId == thailand.Id && p.ErasedAt == null
                    && (p.Status == ParticipantStatus.Confirmed || p.Status == ParticipantStatus.Registered || p.Status == ParticipantStatus.Waitlisted || p.Status == ParticipantStatus.Nominated))
                .Select(p => p.Email).Distinct().ToListAsync();
            return (thailand.Id, emails);
        });
        Assert.NotEmpty(members);

        var preview = await Browser.ParseAsync(await client.SubmitAsync($"/secretariat/events/{eventId}/announcements/new", Form, new Dictionary<string, string?>
        {
            ["Audience"] = "Delegation", ["DelegationId"] = Id(delegationId),
            ["Subject"] = "Shuttle for the {country} delegation", ["Body"] = "Dear {name},\n\nthe shuttle to the venue leaves the hotel at 08:00.",
            ["LocalSubject"] = "{country}代表团班车", ["LocalBody"] = "{name}：\n\n班车8:00从酒店出发。",
        }, Preview));

        Assert.Contains($"It goes to {members.Count} people.", preview.QuerySelector("#recipient-count")!.TextContent, StringComparison.Ordinal);
        var shown = preview.QuerySelector<IHtmlSelectElement>("#PreviewFor")!.SelectedOptions.Single().TextContent;
        var mailShown = preview.QuerySelector("#preview-mail")!.TextContent;
        Assert.Contains("Shuttle for the Thailand delegation / 泰国代表团班车", mailShown, StringComparison.Ordinal);
        Assert.Contains($"Dear {shown.Split(" · ")[0]},", mailShown, StringComparison.Ordinal);
        Assert.DoesNotContain("{name}", mailShown, StringComparison.Ordinal);

        var sent = await client.SubmitAsync(preview, Form, new Dictionary<string, string?>(), "#send");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var names = await factory.WithDbAsync(db => db.Participants.Where(p => members.Contains(p.Email)).ToListAsync());
        foreach (var email in members)
        {
            var mail = await factory.WaitForMailAsync(email, m => (m.Subject ?? "").StartsWith("Shuttle", StringComparison.Ordinal), "the delegation's announcement");
            var person = names.First(p => p.Email == email);
            Assert.Contains($"Dear {(person.Honorific is null ? "" : person.Honorific + " ")}{person.LatinName},", mail.TextBody ?? "", StringComparison.Ordinal);
            Assert.Contains("班车8:00从酒店出发", mail.TextBody ?? "", StringComparison.Ordinal);
        }

        Assert.Equal(members.Count, factory.Smtp.ReceivedEmail.Count(m => m.Subject.StartsWith("Shuttle for the Thailand", StringComparison.Ordinal)));
        var detail = await WaitForAsync(client, sent.Headers.Location!.OriginalString, page => page.QuerySelectorAll("#deliveries tbody tr").All(r => r.TextContent.Contains("Delivered", StringComparison.Ordinal)));
        Assert.Equal(members.Count, detail.QuerySelectorAll("#deliveries tbody tr").Length);
        Assert.Contains("Delegation: Thailand", detail.QuerySelector("#audience")!.TextContent, StringComparison.Ordinal);
        var list = await client.GetPageAsync($"/secretariat/events/{eventId}/announcements");
        Assert.Contains($"{members.Count} sent", list.QuerySelector("#announcements")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_ticked_on_the_participant_list_get_a_scheduled_message_that_can_be_called_off_before_it_goes()
    {
        var (client, eventId) = await SecretariatAsync();
        var list = await client.GetPageAsync($"/secretariat/events/{eventId}/participants?country=VN");
        var ticked = list.QuerySelectorAll<IHtmlInputElement>("#participants input[name=Ids]").Take(2).ToList();
        Assert.Equal(2, ticked.Count);
        ticked.ForEach(box => box.IsChecked = true);
        var chosenIds = ticked.Select(b => int.Parse(b.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var form = await Browser.ParseAsync(await client.SubmitAsync(list, "#bulk-form", new Dictionary<string, string?>(), "#write-to-ticked"));
        Assert.Contains("2 people chosen on the participant list", form.QuerySelector("#chosen-count")!.TextContent, StringComparison.Ordinal);

        var preview = await Browser.ParseAsync(await client.SubmitAsync(form, Form, new Dictionary<string, string?>
        {
            ["Subject"] = "Your interpretation booth briefing", ["Body"] = "Dear {name}, the briefing is on the eve of the dialogue.",
            ["SendAtLocal"] = "2027-07-07T18:30",
        }, Preview));
        Assert.Contains("It goes to 2 people.", preview.QuerySelector("#recipient-count")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Schedule for 2 people", preview.QuerySelector("#send")!.TextContent, StringComparison.Ordinal);

        var scheduled = await client.SubmitAsync(preview, Form, new Dictionary<string, string?>(), "#send");
        var url = scheduled.Headers.Location!.OriginalString;
        var announcementId = await factory.WithDbAsync(db => db.Announcements.Where(a => a.Subject == "Your interpretation booth briefing").Select(a => a.Id).SingleAsync());
        var rows = await factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.Announcement && n.SubjectId == announcementId).ToListAsync());
        var emails = await factory.WithDbAsync(db => db.Participants.Where(p => chosenIds.Contains(p.Id)).Select(p => p.Email).ToListAsync());
        Assert.Equal(emails.Order(), rows.Select(n => n.RecipientEmail).Order());
        // 18:30 in Shenzhen (UTC+8) is 10:30 UTC.
        Assert.All(rows, n => Assert.Equal(new DateTime(2027, 7, 7, 10, 30, 0), n.DueAt));
        var page = await client.GetPageAsync(url);
        Assert.Contains("Scheduled", page.Text(), StringComparison.Ordinal);

        var calledOff = await client.SubmitAsync(page, "form[action*='handler=CallOff']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, calledOff.StatusCode);
        var after = await client.GetPageAsync(url);
        Assert.NotNull(after.QuerySelector("#called-off"));
        Assert.Null(after.QuerySelector("form[action*='handler=CallOff']"));
        Assert.All(await factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.Announcement && n.SubjectId == announcementId).ToListAsync()),
            n => Assert.Equal(NotificationState.Cancelled, n.State));
    }

    [Fact]
    public async Task A_group_with_nobody_in_it_and_a_half_translated_message_are_refused_with_reasons()
    {
        var (client, eventId) = await SecretariatAsync();
        var emptySession = await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Id == eventId);
            var session = new DialogueOps.Domain.Programme.Session(eventId, "Coffee break", null, DialogueOps.Domain.Programme.SessionKind.Break,
                ev.UtcSpan().StartsAtUtc.AddHours(3), ev.UtcSpan().StartsAtUtc.AddHours(3.5), null);
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

        var nobody = await Browser.ParseAsync(await client.SubmitAsync($"/secretariat/events/{eventId}/announcements/new", Form, new Dictionary<string, string?>
        {
            ["Audience"] = "SessionSpeakers", ["SessionId"] = Id(emptySession), ["Subject"] = "Room change", ["Body"] = "The break moves.",
        }, Preview));
        Assert.Contains("Nobody is in this group: there is no one to write to.", nobody.Text(), StringComparison.Ordinal);
        Assert.Null(nobody.QuerySelector("#send"));

        var halfTranslated = await Browser.ParseAsync(await client.SubmitAsync($"/secretariat/events/{eventId}/announcements/new", Form, new Dictionary<string, string?>
        {
            ["Audience"] = "AllConfirmed", ["Subject"] = "Dinner", ["Body"] = "Dinner is at 19:00.", ["LocalSubject"] = "晚宴", ["SendAtLocal"] = "2020-01-01T10:00",
        }, Preview));
        Assert.Contains("Give the Chinese subject and message together, or neither.", halfTranslated.Text(), StringComparison.Ordinal);
        Assert.Contains("The sending time is in the past.", halfTranslated.Text(), StringComparison.Ordinal);
        Assert.Equal("Dinner is at 19:00.", halfTranslated.QuerySelector<IHtmlTextAreaElement>("#Body")!.Value);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Announcements.CountAsync(a => a.Subject == "Dinner" || a.Subject == "Room change")));
    }

    private static async Task<AngleSharp.Dom.IDocument> WaitForAsync(HttpClient client, string url, Func<AngleSharp.Dom.IDocument, bool> done)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var page = await client.GetPageAsync(url);
            if (done(page))
            {
                return page;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"{url} never showed every delivery done.");
    }
}
