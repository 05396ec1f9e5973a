using System.Net;
using AngleSharp.Dom;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.IntegrationTests.Pages.Events.Delegations;

public class MembersTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private Task<(int EventId, int Malaysia, int Thailand)> IdsAsync() => factory.WithDbAsync(async db =>
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
        var my = await db.Delegations.Where(d => d.EventId == ev.Id && d.CountryCode == "MY").Select(d => d.Id).SingleAsync();
        var th = await db.Delegations.Where(d => d.EventId == ev.Id && d.CountryCode == "TH").Select(d => d.Id).SingleAsync();
        return (ev.Id, my, th);
    });

    [Fact]
    public async Task A_focal_point_cannot_list_or_change_another_countrys_delegation_by_changing_ids()
    {
        var (eventId, _, thailand) = await IdsAsync();
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("focalpoint.my"));
        var thaiMember = await factory.WithDbAsync(db => db.Participants.Where(p => p.DelegationId == thailand).Select(p => p.Id).FirstAsync());

        var list = await client.GetAsync($"/events/{eventId}/delegations/{thailand}/members");
        var withdraw = await client.PostAsync($"/events/{eventId}/delegations/{thailand}/members?handler=Withdraw&participantId={thaiMember}", new FormUrlEncodedContent([]));
        var wrongEvent = await client.GetAsync($"/events/{eventId + 100}/delegations/{thailand}/members");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongEvent.StatusCode);
        Assert.Equal(ParticipantStatus.Confirmed, await factory.WithDbAsync(db => db.Participants.Where(p => p.Id == thaiMember).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_focal_point_nominates_substitutes_and_withdraws_members_of_their_own_delegation()
    {
        var (eventId, malaysia, _) = await IdsAsync();
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("focalpoint.my"));
        var url = $"/events/{eventId}/delegations/{malaysia}/members";

        var nominated = await client.SubmitAsync(url, "#nominate-form", new Dictionary<string, string?>
        {
            ["Nominee.GivenName"] = "Aisyah", ["Nominee.FamilyName"] = "Karim", ["Nominee.Email"] = "aisyah.karim@example.my", ["Nominee.Category"] = "Observer",
        });
        Assert.Equal(HttpStatusCode.Redirect, nominated.StatusCode);
        var aisyah = await factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Email == "aisyah.karim@example.my"));
        Assert.Equal(malaysia, aisyah.DelegationId);
        var invitation = await factory.WaitForMailAsync("aisyah.karim@example.my", what: "the nomination");
        Assert.Contains("nominated", invitation.TextBody ?? "", StringComparison.Ordinal);
        Assert.Contains("/events/cattn-ai-dialogue-2027/registration", invitation.TextBody ?? "", StringComparison.Ordinal);

        var substituted = await client.SubmitAsync(url, "#nominate-form", new Dictionary<string, string?>
        {
            ["Nominee.GivenName"] = "Farid", ["Nominee.FamilyName"] = "Hassan", ["Nominee.Email"] = "farid.hassan@example.my",
            ["Nominee.Category"] = "Observer", ["Nominee.Replaces"] = aisyah.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, substituted.StatusCode);
        Assert.Equal(ParticipantStatus.Cancelled, await factory.WithDbAsync(db => db.Participants.Where(p => p.Id == aisyah.Id).Select(p => p.Status).SingleAsync()));
        var farid = await factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Email == "farid.hassan@example.my"));
        Assert.Equal(ParticipantStatus.Nominated, farid.Status);

        var page = await client.GetPageAsync(url);
        await client.SubmitAsync(page, $"form[action*='participantId={farid.Id}']", new Dictionary<string, string?>());
        Assert.Equal(ParticipantStatus.Cancelled, await factory.WithDbAsync(db => db.Participants.Where(p => p.Id == farid.Id).Select(p => p.Status).SingleAsync()));
        var members = (await client.GetPageAsync(url)).QuerySelector("#members")!.TextContent;
        Assert.Contains("Dato' Farah Aziz", members);
        Assert.DoesNotContain("Somchai", members);
    }

    [Fact]
    public async Task A_nominee_who_creates_an_account_later_finds_the_registration_waiting()
    {
        var (eventId, malaysia, _) = await IdsAsync();
        var focal = factory.CreateBrowser();
        await focal.SignInAsync(Browser.Demo("focalpoint.my"));
        await focal.SubmitAsync($"/events/{eventId}/delegations/{malaysia}/members", "#nominate-form", new Dictionary<string, string?>
        {
            ["Nominee.GivenName"] = "Nur", ["Nominee.FamilyName"] = "Iman", ["Nominee.Email"] = "nur.iman@example.my", ["Nominee.Category"] = "Observer",
        });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.CreateAsync(new ApplicationUser { UserName = "nur.iman@example.my", Email = "nur.iman@example.my", EmailConfirmed = true }, DialogueOpsFactory.DemoPassword);
        }

        var nominee = factory.CreateBrowser();
        await nominee.SignInAsync("nur.iman@example.my");
        var mine = await nominee.GetPageAsync("/events/cattn-ai-dialogue-2027/registration");

        Assert.Equal("Nominated", mine.QuerySelector("#status")!.TextContent);
        Assert.NotNull(await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "nur.iman@example.my").Select(p => p.UserId).SingleAsync()));

        // Nobody else can say yes for the nominee: the secretariat's confirmation waits for their consent.
        var nurId = await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "nur.iman@example.my").Select(p => p.Id).SingleAsync());
        var secretariat = factory.CreateBrowser();
        await secretariat.SignInAsync(Browser.Demo("secretariat"));
        var refused = await secretariat.SubmitAsync($"/secretariat/events/{eventId}/participants/{nurId}", "#decision-form",
            new Dictionary<string, string?>(), "button[value=Confirmed]");
        var refusal = await secretariat.GetPageAsync(refused.Headers.Location?.OriginalString ?? $"/secretariat/events/{eventId}/participants/{nurId}");
        Assert.Contains("has not yet accepted the nomination", refusal.Text(), StringComparison.Ordinal);
        Assert.Equal(ParticipantStatus.Nominated, await factory.WithDbAsync(db => db.Participants.Where(p => p.Id == nurId).Select(p => p.Status).SingleAsync()));

        await nominee.SubmitAsync(mine, "#accept-nomination form", new Dictionary<string, string?> { ["Consent"] = null });
        Assert.Equal(ParticipantStatus.Nominated, await factory.WithDbAsync(db => db.Participants.Where(p => p.Id == nurId).Select(p => p.Status).SingleAsync()));
        await nominee.SubmitAsync("/events/cattn-ai-dialogue-2027/registration", "#accept-nomination form", new Dictionary<string, string?> { ["Consent"] = "true" });
        var accepted = await factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Id == nurId));
        Assert.Equal(ParticipantStatus.Registered, accepted.Status);
        Assert.NotNull(accepted.PrivacyConsentAt);
        Assert.Null((await nominee.GetPageAsync("/events/cattn-ai-dialogue-2027/registration")).QuerySelector("#accept-nomination"));
    }

    [Fact]
    public async Task A_withdrawn_nominee_can_be_nominated_again_and_keeps_one_registration_with_its_history()
    {
        var (eventId, malaysia, _) = await IdsAsync();
        var focal = factory.CreateBrowser();
        await focal.SignInAsync(Browser.Demo("focalpoint.my"));
        var url = $"/events/{eventId}/delegations/{malaysia}/members";
        var nominee = new Dictionary<string, string?>
        {
            ["Nominee.GivenName"] = "Hafiz", ["Nominee.FamilyName"] = "Omar", ["Nominee.Email"] = "hafiz.omar@example.my", ["Nominee.Category"] = "Observer",
        };
        await focal.SubmitAsync(url, "#nominate-form", nominee);
        var hafiz = await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "hafiz.omar@example.my").Select(p => p.Id).SingleAsync());
        await focal.SubmitAsync(await focal.GetPageAsync(url), $"form[action*='participantId={hafiz}']", new Dictionary<string, string?>());

        nominee["Nominee.Category"] = "Expert";
        var again = await focal.SubmitAsync(url, "#nominate-form", nominee);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var rows = await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "hafiz.omar@example.my").ToListAsync());
        var back = Assert.Single(rows);
        Assert.Equal(hafiz, back.Id);
        Assert.Equal(ParticipantStatus.Nominated, back.Status);
        Assert.Equal(ParticipantCategory.Expert, back.Category);
        var history = await factory.WithDbAsync(db => db.ParticipantStatusChanges.Where(c => c.ParticipantId == hafiz).OrderBy(c => c.Id).Select(c => c.To).ToListAsync());
        Assert.Equal([ParticipantStatus.Nominated, ParticipantStatus.Cancelled, ParticipantStatus.Nominated], history);
        Assert.Contains("Hafiz Omar", (await focal.GetPageAsync(url)).QuerySelector("#members")!.TextContent, StringComparison.Ordinal);
    }
}
