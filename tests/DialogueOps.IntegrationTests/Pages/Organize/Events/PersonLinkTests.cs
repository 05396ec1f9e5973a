using System.Net;
using DialogueOps.Domain.Notifications;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

/// <summary>A keynote speaker named before they register, linked once they do, and told when their session moves.</summary>
public class PersonLinkTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string?> Session(string title, string start, string end, int room) => new()
    {
        ["Input.Title"] = title, ["Input.Kind"] = "Keynote", ["Input.Day"] = "2027-07-08",
        ["Input.Start"] = start, ["Input.End"] = end, ["Input.RoomId"] = Id(room),
    };

    [Fact]
    public async Task A_speaker_named_before_registering_is_linked_later_without_changing_the_agenda_and_is_told_when_the_session_moves()
    {
        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var (eventId, room) = await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            return (ev.Id, await db.Rooms.Where(r => r.EventId == ev.Id && r.Name == "Meeting Room B").Select(r => r.Id).SingleAsync());
        });
        var created = await organizer.SubmitAsync($"/organize/events/{eventId}/sessions", "#session-form", Session("Keynote: The ASEAN Digital Masterplan", "19:00", "19:45", room));
        var url = created.Headers.Location!.OriginalString;

        var named = await organizer.SubmitAsync(url, "#role-form", new Dictionary<string, string?>
        {
            ["NewRole.Role"] = "Speaker", ["NewRole.GuestName"] = "H.E. Dr. Kao Kim Hourn", ["NewRole.GuestPosition"] = "Secretary-General",
            ["NewRole.GuestAffiliation"] = "ASEAN Secretariat", ["NewRole.GuestCountry"] = "KH",
        });
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        var sessionPage = await organizer.GetPageAsync(url);
        Assert.Contains("Secretary-General, ASEAN Secretariat, Cambodia · not registered", sessionPage.Text(), StringComparison.Ordinal);
        var before = await KeynoteOnAgendaAsync();
        Assert.Contains("H.E. Dr. Kao Kim Hourn", before, StringComparison.Ordinal);

        var secretariat = factory.CreateBrowser();
        await secretariat.SignInAsync(Browser.Demo("secretariat"));
        var registered = await secretariat.SubmitAsync($"/secretariat/events/{eventId}/participants/new", "#add-participant-form", new Dictionary<string, string?>
        {
            ["Email"] = "kao.kimhourn@example.kh", ["Input.GivenName"] = "Kim Hourn", ["Input.FamilyName"] = "Kao", ["Input.NameOrder"] = "FamilyFirst",
            ["Input.Position"] = "Secretary-General", ["Input.Organization"] = "ASEAN Secretariat", ["Input.Nationality"] = "KH",
            ["Input.CountryRepresented"] = "KH", ["Input.Category"] = "Observer", ["ConsentReceived"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var kao = await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "kao.kimhourn@example.kh").Select(p => p.Id).SingleAsync());

        var linkPage = await secretariat.GetPageAsync(url);
        var linked = await secretariat.SubmitAsync(linkPage, "form.link-role", new Dictionary<string, string?> { ["participantId"] = Id(kao) });
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(kao, await factory.WithDbAsync(db => db.SessionRoles.Where(r => r.GuestName == "H.E. Dr. Kao Kim Hourn").Select(r => r.ParticipantId).SingleAsync()));
        Assert.Equal(before, await KeynoteOnAgendaAsync());
        Assert.Null((await secretariat.GetPageAsync(url)).QuerySelector("form.link-role"));

        var moved = await organizer.SubmitAsync(url, "#session-form", Session("Keynote: The ASEAN Digital Masterplan", "20:00", "20:45", room));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var mail = await factory.WaitForMailAsync("kao.kimhourn@example.kh", m => (m.Subject ?? "").Contains("your session moved", StringComparison.Ordinal), "the session's move");
        Assert.Contains("20:00", mail.TextBody ?? "", StringComparison.Ordinal);
        Assert.Contains("Meeting Room B", mail.TextBody ?? "", StringComparison.Ordinal);
        Assert.Contains(mail.Attachments, a => a.ContentType.MimeType == "text/calendar");

        // A new title is no move: nobody is mailed for it.
        await organizer.SubmitAsync(url, "#session-form", Session("Keynote: ASEAN Digital Masterplan 2030", "20:00", "20:45", room));
        var sessionId = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Title == "Keynote: ASEAN Digital Masterplan 2030").Select(s => s.Id).SingleAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.SessionMoved && n.SubjectId == sessionId)));
    }

    private async Task<string> KeynoteOnAgendaAsync()
    {
        var agenda = await factory.CreateBrowser().GetPageAsync("/events/cattn-ai-dialogue-2027/agenda");
        return agenda.QuerySelectorAll("article.agenda-session").Single(a => a.TextContent.Contains("ASEAN Digital Masterplan", StringComparison.Ordinal)).TextContent;
    }
}
