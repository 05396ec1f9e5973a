using System.Net;
using System.Text.RegularExpressions;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

/// <summary>A new event's team built through the pages: invitations by mail, roles that count from the next page, an audit of every change.</summary>
public partial class TeamTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private async Task<(HttpClient Organizer, int EventId)> NewEventAsync(string slug)
    {
        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        return (organizer, await NewEvent.CreateAsync(factory, organizer, slug, "Jakarta Dialogue on the Blue Economy"));
    }

    private static Task<HttpResponseMessage> GrantAsync(HttpClient organizer, int eventId, string email, string role, string? delegationId = null) =>
        organizer.SubmitAsync($"/organize/events/{eventId}/team", "#grant", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Kind"] = role, ["Input.DelegationId"] = delegationId ?? "",
        });

    [Fact]
    public async Task A_person_without_an_account_is_invited_chooses_a_password_and_serves_the_new_event_until_the_role_is_taken_away()
    {
        var (organizer, eventId) = await NewEventAsync("jakarta-blue-2028");
        const string email = "dewi.lestari@secretariat.example.id";

        var granted = await GrantAsync(organizer, eventId, email, "Secretariat");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var team = await organizer.GetPageAsync($"/organize/events/{eventId}/team");
        Assert.Contains("invitation", team.Text(), StringComparison.Ordinal);
        Assert.NotNull(team.QuerySelector($"#team tr[data-email='{email}'][data-role='Secretariat']"));

        var invitation = await factory.WaitForMailAsync(email, m => m.TextBody?.Contains("ResetPassword", StringComparison.Ordinal) == true, "the invitation");
        Assert.Contains("Jakarta Dialogue on the Blue Economy", invitation.TextBody, StringComparison.Ordinal);
        var link = SetPasswordLink().Match(invitation.TextBody!).Value;
        Assert.StartsWith("https://dialogue.example.test/Identity/Account/ResetPassword?code=", link, StringComparison.Ordinal);

        var person = factory.CreateBrowser();
        const string password = "Nusantara-Harbour-2028";
        var set = await person.SubmitAsync(new Uri(link).PathAndQuery, "#reset", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        await person.SignInAsync(email, password);

        var landing = await person.GetPageAsync("/secretariat");
        Assert.Contains("Jakarta Dialogue on the Blue Economy", landing.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("China–ASEAN", landing.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"/secretariat/events/{eventId}/participants")).StatusCode);

        var grantId = await factory.WithDbAsync(db => (from g in db.EventGrants join u in db.Users on g.UserId equals u.Id where g.EventId == eventId && u.Email == email select g.Id).SingleAsync());
        var revoked = await organizer.SubmitAsync(team, $"form[action*='grantId={grantId}']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync($"/secretariat/events/{eventId}/participants")).StatusCode);

        var organizerId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Browser.Demo("organizer")).Select(u => u.Id).SingleAsync());
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "EventGrant" && a.EntityId.EndsWith(email)).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["team.granted", "team.revoked"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(organizerId, a.UserId));
        Assert.All(audit, a => Assert.Equal($"{eventId}:Secretariat:{email}", a.EntityId));
    }

    [Fact]
    public async Task A_signed_in_person_given_focal_point_and_check_in_roles_uses_them_on_their_next_page_without_signing_out()
    {
        var (organizer, eventId) = await NewEventAsync("jakarta-team-2028");
        var delegationId = await factory.WithDbAsync(async db =>
        {
            db.Delegations.Add(new DialogueOps.Domain.Delegations.Delegation(eventId, "ID"));
            await db.SaveChangesAsync();
            return await db.Delegations.Where(d => d.EventId == eventId).Select(d => d.Id).SingleAsync();
        });
        var person = factory.CreateBrowser();
        await person.SignInAsync(Browser.Demo("delegate"));
        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync($"/checkin/events/{eventId}")).StatusCode);

        await GrantAsync(organizer, eventId, Browser.Demo("delegate"), "CheckInStaff");
        var focal = await GrantAsync(organizer, eventId, Browser.Demo("delegate"), "FocalPoint", delegationId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(HttpStatusCode.Redirect, focal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"/checkin/events/{eventId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"/events/{eventId}/delegations/{delegationId}/members")).StatusCode);
        var mail = await factory.WaitForMailAsync(Browser.Demo("delegate"), m => m.TextBody?.Contains("focal point of the delegation of Indonesia", StringComparison.Ordinal) == true, "the focal-point notice");
        Assert.DoesNotContain("ResetPassword", mail.TextBody, StringComparison.Ordinal);  // they have a password: a sign-in link
    }

    [Fact]
    public async Task The_last_organizer_cannot_be_taken_away_and_a_focal_point_needs_a_delegation()
    {
        var (organizer, eventId) = await NewEventAsync("jakarta-last-2028");
        var team = await organizer.GetPageAsync($"/organize/events/{eventId}/team");
        var grantId = await factory.WithDbAsync(db => db.EventGrants.Where(g => g.EventId == eventId).Select(g => g.Id).SingleAsync());

        await organizer.SubmitAsync(team, $"form[action*='grantId={grantId}']", new Dictionary<string, string?>());
        var after = await organizer.GetPageAsync($"/organize/events/{eventId}/team");
        var focal = await Browser.ParseAsync(await GrantAsync(organizer, eventId, "someone@example.id", "FocalPoint"));

        Assert.Contains("no organizer left", after.Text(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.EventGrants.CountAsync(g => g.EventId == eventId)));
        Assert.Contains("Choose the delegation the focal point works for.", focal.Text(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "someone@example.id")));
    }

    [GeneratedRegex(@"https://\S+ResetPassword\?code=[A-Za-z0-9_\-]+")]
    private static partial Regex SetPasswordLink();
}
