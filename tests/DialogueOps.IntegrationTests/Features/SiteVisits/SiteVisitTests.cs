using System.Net;
using System.Text;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using UglyToad.PdfPig;
using DialogueOps.Web.Features.SiteVisits;

namespace DialogueOps.IntegrationTests.Features.SiteVisits;

public class SiteVisitTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Slug = "cattn-ai-dialogue-2027";
    private static int slot;

    /// <summary>A visit of its own, three hours long, at a time no other test's visit uses (the days before the dialogue).</summary>
    private Task<(int EventId, int VisitId)> CreateVisitAsync(int capacity, bool passportRequired = true, string? rules = "No photography.",
        DateTime? deadline = null, (DateTime Start, DateTime End)? at = null) => factory.WithDbAsync(async db =>
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == Slug);
        var host = await db.Organizations.Where(o => o.Name == "WeBank").Select(o => o.Id).SingleAsync();
        var start = ev.UtcSpan().StartsAtUtc.AddDays(-10).AddHours(4 * Interlocked.Increment(ref slot));
        var (from, to) = at ?? (start, start.AddHours(3));
        var visit = SiteVisit.Create(ev.Id, new SiteVisitDetails(host, $"Test visit {slot}", null, from, to, capacity, "Lobby", null,
            [new Vehicle("Van 1", 2), new Vehicle("Van 2", Math.Max(1, capacity))], deadline ?? from.AddHours(-1), rules, passportRequired, "security@webank.example.cn"));
        db.SiteVisits.Add(visit);
        await db.SaveChangesAsync();
        return (ev.Id, visit.Id);
    });

    private async Task<HttpClient> DelegateAsync()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("delegate"));
        return client;
    }

    private Task<int> SitiAsync() => factory.WithDbAsync(db => db.Participants.Where(p => p.Email.StartsWith("siti.rahman")).Select(p => p.Id).SingleAsync());

    private Task<int> OtherConfirmedAsync(int skip) => factory.WithDbAsync(db => db.Participants
        .Where(p => p.Status == ParticipantStatus.Confirmed && !p.Email.StartsWith("siti.rahman") && p.Nationality == "ID")
        .OrderBy(p => p.Id).Skip(skip).Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task Signing_up_needs_the_rules_ticked_a_full_visit_waitlists_and_a_cancellation_promotes_the_first_waiting_by_email()
    {
        var (_, visitId) = await CreateVisitAsync(capacity: 1);
        var url = $"/events/{Slug}/site-visits/{visitId}";
        var client = await DelegateAsync();

        var unticked = await client.SubmitAsync(url, "#signup-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        Assert.Contains("Accept the visit's rules", (await Browser.ParseAsync(unticked)).QuerySelector("[data-valmsg-for='RulesAccepted']")!.TextContent, StringComparison.Ordinal);

        var signed = await client.SubmitAsync(url, "#signup-form", new Dictionary<string, string?> { ["RulesAccepted"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var siti = await SitiAsync();
        var mine = await factory.WithDbAsync(db => db.SiteVisitSignups.AsNoTracking().SingleAsync(s => s.SiteVisitId == visitId && s.ParticipantId == siti));
        Assert.Equal(SignupStatus.Confirmed, mine.Status);
        Assert.True(mine.RulesAcknowledgedAt > DateTime.UtcNow.AddMinutes(-5));

        var (first, second) = (await OtherConfirmedAsync(0), await OtherConfirmedAsync(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var desk = scope.ServiceProvider.GetRequiredService<SiteVisitDesk>();
            Assert.Equal(SignupStatus.Waitlisted, (await desk.SignUpAsync(visitId, first, true, CancellationToken.None)).Status);
            var later = await desk.SignUpAsync(visitId, second, true, CancellationToken.None);
            Assert.Equal(2, await desk.WaitlistPositionAsync(later, CancellationToken.None));
        }

        var cancelled = await client.SubmitAsync(url, "#my-signup form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var states = await factory.WithDbAsync(db => db.SiteVisitSignups.AsNoTracking().Where(s => s.SiteVisitId == visitId).ToDictionaryAsync(s => s.ParticipantId, s => s.Status));
        Assert.Equal(SignupStatus.Cancelled, states[siti]);
        Assert.Equal(SignupStatus.Confirmed, states[first]);
        Assert.Equal(SignupStatus.Waitlisted, states[second]);
        var firstEmail = await factory.WithDbAsync(db => db.Participants.Where(p => p.Id == first).Select(p => p.Email).SingleAsync());
        await factory.WaitForMailAsync(firstEmail, m => (m.Subject ?? "").Contains("you have a seat", StringComparison.OrdinalIgnoreCase), "the seat mail");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var desk = scope.ServiceProvider.GetRequiredService<SiteVisitDesk>();
            var waiting = await scope.ServiceProvider.GetRequiredService<DialogueOps.Data.DialogueOpsDbContext>().SiteVisitSignups.SingleAsync(s => s.SiteVisitId == visitId && s.ParticipantId == second);
            Assert.Equal(1, await desk.WaitlistPositionAsync(waiting, CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_cancelled_registration_gives_its_visit_seat_to_the_first_waiting()
    {
        var (eventId, visitId) = await CreateVisitAsync(capacity: 1, rules: null);
        var (leaving, waiting) = (await OtherConfirmedAsync(3), await OtherConfirmedAsync(4));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var desk = scope.ServiceProvider.GetRequiredService<SiteVisitDesk>();
            await desk.SignUpAsync(visitId, leaving, true, CancellationToken.None);
            await desk.SignUpAsync(visitId, waiting, true, CancellationToken.None);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DialogueOps.Data.DialogueOpsDbContext>();
            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId);
            await scope.ServiceProvider.GetRequiredService<DialogueOps.Web.Features.Registration.RegistrationDesk>()
                .CancelAsync(ev, leaving, null, "Travel cancelled", CancellationToken.None);
        }

        var states = await factory.WithDbAsync(db => db.SiteVisitSignups.AsNoTracking().Where(s => s.SiteVisitId == visitId).ToDictionaryAsync(s => s.ParticipantId, s => s.Status));
        Assert.Equal(SignupStatus.Cancelled, states[leaving]);
        Assert.Equal(SignupStatus.Confirmed, states[waiting]);
        Assert.Equal(1, await factory.WithDbAsync(db => db.SiteVisits.Where(v => v.Id == visitId).Select(v => v.Confirmed).SingleAsync()));
    }

    [Fact]
    public async Task Sign_up_closes_at_the_security_data_deadline()
    {
        var (_, visitId) = await CreateVisitAsync(capacity: 5, deadline: DateTime.UtcNow.AddMinutes(-1));
        var client = await DelegateAsync();
        var url = $"/events/{Slug}/site-visits/{visitId}";

        var page = await client.GetPageAsync(url);
        Assert.Null(page.QuerySelector("#signup-form"));
        Assert.Contains("closed", page.QuerySelector("#closed")!.TextContent, StringComparison.Ordinal);
        var forced = await client.PostAsync(url, new FormUrlEncodedContent([new("RulesAccepted", "true"),
            new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        Assert.Contains("Sign-up for this visit has closed.", await forced.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.SiteVisitSignups.AnyAsync(s => s.SiteVisitId == visitId)));
    }

    [Fact]
    public async Task A_visit_overlapping_another_visit_or_a_session_the_person_has_a_part_in_is_refused()
    {
        var (_, firstVisit) = await CreateVisitAsync(capacity: 5, rules: null);
        var first = await factory.WithDbAsync(db => db.SiteVisits.AsNoTracking().SingleAsync(v => v.Id == firstVisit));
        var (_, overlapping) = await CreateVisitAsync(capacity: 5, rules: null, at: (first.StartsAt.AddHours(1), first.EndsAt.AddHours(1)));
        var closing = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Title.StartsWith("Closing Session")));
        var (_, duringClosing) = await CreateVisitAsync(capacity: 5, rules: null, deadline: DateTime.UtcNow.AddDays(30), at: (closing.StartsAt.AddMinutes(-30), closing.EndsAt));
        var client = await DelegateAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/events/{Slug}/site-visits/{firstVisit}", "#signup-form", new Dictionary<string, string?>())).StatusCode);
        foreach (var (visitId, clash) in new[] { (overlapping, first.Title), (duringClosing, closing.Title) })
        {
            var page = await client.GetPageAsync($"/events/{Slug}/site-visits/{visitId}");
            Assert.Contains(clash, page.QuerySelector("#conflicts")!.TextContent, StringComparison.Ordinal);
            var refused = await client.SubmitAsync(page, "#signup-form", new Dictionary<string, string?>());
            Assert.Contains("overlaps another of your commitments", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(await factory.WithDbAsync(db => db.SiteVisitSignups.AnyAsync(s => s.SiteVisitId == visitId)));
        }
    }

    [Fact]
    public async Task A_delegate_signs_up_only_themselves_whatever_ids_the_request_carries()
    {
        var (_, visitId) = await CreateVisitAsync(capacity: 5, rules: null);
        var other = await OtherConfirmedAsync(2);
        var client = await DelegateAsync();
        var page = await client.GetPageAsync($"/events/{Slug}/site-visits/{visitId}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync($"/events/{Slug}/site-visits/{visitId}?participantId={other}",
            new FormUrlEncodedContent([new("participantId", other.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("ParticipantId", other.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signedUp = await factory.WithDbAsync(db => db.SiteVisitSignups.Where(s => s.SiteVisitId == visitId).Select(s => s.ParticipantId).ToListAsync());
        Assert.Equal([await SitiAsync()], signedUp);
        var otherEvent = await client.GetAsync($"/events/no-such-event/site-visits/{visitId}");
        Assert.Equal(HttpStatusCode.NotFound, otherEvent.StatusCode);
        var roster = await client.GetAsync($"/secretariat/events/1/site-visits/{visitId}?handler=Manifest");
        Assert.Equal(HttpStatusCode.Forbidden, roster.StatusCode);
    }

    [Fact]
    public async Task The_security_manifest_lists_visitors_with_passport_numbers_when_the_host_requires_them_audits_the_reading_and_is_mailed_to_the_host()
    {
        var (eventId, visitId) = await CreateVisitAsync(capacity: 5, rules: null);
        var (_, noPassportVisit) = await CreateVisitAsync(capacity: 5, rules: null, passportRequired: false);
        var client = await DelegateAsync();
        var saved = await client.SubmitAsync($"/events/{Slug}/passport", "#passport-form", new Dictionary<string, string?>
        {
            ["Input.NameAsInPassport"] = "Siti Nurhaliza binti Rahman", ["Input.PassportNumber"] = "K87654321", ["Input.IssuingCountry"] = "MY",
            ["Input.Nationality"] = "MY", ["Input.DateOfBirth"] = "1985-03-14", ["Input.PassportExpiry"] = "2032-01-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        foreach (var id in new[] { visitId, noPassportVisit })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/events/{Slug}/site-visits/{id}", "#signup-form", new Dictionary<string, string?>())).StatusCode);
        }

        var secretariat = factory.CreateBrowser();
        await secretariat.SignInAsync(Browser.Demo("secretariat"));
        var auditsBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "passport.manifest"));
        var pdf = await secretariat.GetByteArrayAsync($"/secretariat/events/{eventId}/site-visits/{visitId}?handler=Manifest");
        string text;
        using (var document = PdfDocument.Open(pdf))
        {
            text = string.Concat(document.GetPages().Select(p => p.Text));
        }

        // Table cells wrap long names over lines, and a line break carries no space in the text layer.
        Assert.Contains("SITINURHALIZABINTIRAHMAN", Squash(text), StringComparison.Ordinal);
        Assert.Contains("K87654321", text, StringComparison.Ordinal);
        Assert.Contains("Malaysia", text, StringComparison.Ordinal);
        Assert.Contains("Lobby", text, StringComparison.Ordinal);
        Assert.Equal(auditsBefore + 1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "passport.manifest")));

        using (var document = PdfDocument.Open(await secretariat.GetByteArrayAsync($"/secretariat/events/{eventId}/site-visits/{noPassportVisit}?handler=Manifest")))
        {
            Assert.DoesNotContain("K87654321", string.Concat(document.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        }

        using (var document = PdfDocument.Open(await secretariat.GetByteArrayAsync($"/secretariat/events/{eventId}/site-visits/{visitId}?handler=Buses")))
        {
            var buses = string.Concat(document.GetPages().Select(p => p.Text));
            Assert.Contains("Van 1", buses, StringComparison.Ordinal);
            Assert.Contains("SitiRahman", Squash(buses), StringComparison.Ordinal);
        }

        var sent = await secretariat.SubmitAsync($"/secretariat/events/{eventId}/site-visits/{visitId}", "#send-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var message = await factory.WaitForMailAsync("security@webank.example.cn", m => (m.Subject ?? "").Contains("Visitor manifest", StringComparison.Ordinal), "the manifest");
        Assert.Single(message.Attachments);
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
