using System.Net;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

/// <summary>The app's clock, moved forward by the test (time passes without waiting for it).</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}

public sealed class ShiftedClockFactory : DialogueOpsFactory
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}

/// <summary>How long a sign-in lives: eight hours from signing in whatever the activity, thirty idle minutes for staff.</summary>
public class SessionLifetimeTests(ShiftedClockFactory factory) : IClassFixture<ShiftedClockFactory>
{
    private static bool SentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Identity/Account/Login", StringComparison.Ordinal);

    [Fact]
    public async Task A_busy_sign_in_still_ends_eight_hours_after_it_began()
    {
        factory.Clock.Offset = TimeSpan.Zero;
        var browser = factory.CreateBrowser();
        await browser.SignInAsync(Browser.Demo("delegate"));
        var start = factory.Clock.Offset;

        for (var minutes = 25; minutes <= 470; minutes += 25)
        {
            factory.Clock.Offset = start + TimeSpan.FromMinutes(minutes);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/me/profile")).StatusCode);
        }

        factory.Clock.Offset = start + TimeSpan.FromMinutes(490);
        Assert.True(SentToSignIn(await browser.GetAsync("/me/profile")), "still signed in after 8 h 10 min");
    }

    [Fact]
    public async Task Staff_are_signed_out_after_thirty_idle_minutes_and_delegates_are_not()
    {
        factory.Clock.Offset = TimeSpan.Zero;
        var staff = factory.CreateBrowser();
        await staff.SignInAsync(Browser.Demo("checkin"));
        var participant = factory.CreateBrowser();
        await participant.SignInAsync(Browser.Demo("delegate"));

        factory.Clock.Offset = TimeSpan.FromMinutes(29);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/me/profile")).StatusCode);
        factory.Clock.Offset = TimeSpan.FromMinutes(29 + 31);

        Assert.True(SentToSignIn(await staff.GetAsync("/me/profile")), "staff still signed in after 31 idle minutes");
        Assert.Equal(HttpStatusCode.OK, (await participant.GetAsync("/me/profile")).StatusCode);
    }
}
