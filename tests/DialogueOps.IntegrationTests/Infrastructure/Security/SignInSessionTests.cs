using System.Net;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>What the sign-in cookie is worth after something changed: a sign-out elsewhere, a grant given or taken away.</summary>
public class SignInSessionTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private (HttpClient Client, CookieContainer Jar) NewBrowser()
    {
        var jar = new CookieContainer();
        return (factory.CreateDefaultClient(new CookieContainerHandler(jar)), jar);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_opens_anything_after_it()
    {
        var (browser, jar) = NewBrowser();
        await browser.SignInAsync(Browser.Demo("checkin"));
        var copy = new CookieContainer();
        copy.Add(jar.GetCookies(factory.Server.BaseAddress));
        var thief = factory.CreateDefaultClient(new CookieContainerHandler(copy));
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/me/profile")).StatusCode);  // the copy works while the session lives

        var signedOut = await browser.SubmitAsync("/", "form[action^='/Identity/Account/Logout']", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await thief.GetAsync("/me/profile");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Identity/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grant_given_or_taken_while_someone_is_signed_in_counts_from_their_next_request()
    {
        var (browser, _) = NewBrowser();
        await browser.SignInAsync(Browser.Demo("delegate"));
        var (userId, eventId, delegationId) = await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == Browser.Demo("delegate"));
            var thailand = await db.Delegations.SingleAsync(d => d.CountryCode == "TH");
            return (user.Id, thailand.EventId, thailand.Id);
        });
        var members = $"/events/{eventId}/delegations/{delegationId}/members";
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(members)).StatusCode);

        await factory.WithDbAsync(db =>
        {
            db.EventGrants.Add(new EventGrant(userId, eventId, GrantKind.FocalPoint, delegationId));
            return db.SaveChangesAsync();
        });
        var granted = await browser.GetAsync(members);

        await factory.WithDbAsync(db => db.EventGrants.Where(g => g.UserId == userId && g.DelegationId == delegationId).ExecuteDeleteAsync());
        var revoked = await browser.GetAsync(members);

        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, revoked.StatusCode);
    }
}
