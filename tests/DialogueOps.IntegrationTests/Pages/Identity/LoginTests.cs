using System.Net;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DialogueOps.IntegrationTests.Pages.Identity;

/// <summary>Identity's own hasher, counting the password checks it does (how long a sign-in takes is the time of those checks).</summary>
public sealed class CountingPasswordHasher(Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> options) : PasswordHasher<ApplicationUser>(options)
{
    private static int verifications;

    public static int Verifications => Volatile.Read(ref verifications);

    public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref verifications);
        return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class CountingHasherFactory : DialogueOpsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPasswordHasher<ApplicationUser>>();
            services.AddScoped<IPasswordHasher<ApplicationUser>, CountingPasswordHasher>();
        });
    }
}

public class LoginTests(CountingHasherFactory factory) : IClassFixture<CountingHasherFactory>
{
    private async Task<(HttpResponseMessage Response, int Checks)> SignInAsync(string email, string password)
    {
        var before = CountingPasswordHasher.Verifications;
        var response = await factory.CreateBrowser().SubmitAsync("/Identity/Account/Login", "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Password"] = password,
        });
        return (response, CountingPasswordHasher.Verifications - before);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(Browser.Demo("secretariat"), "wrong-password-1A");
        }

        var (right, _) = await SignInAsync(Browser.Demo("secretariat"), DialogueOpsFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);  // refused, and not told why (see below)
        Assert.False(right.Headers.Contains("Set-Cookie") && right.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Unknown_wrong_and_locked_accounts_get_the_same_answer_after_the_same_password_check()
    {
        await factory.WithDbAsync(async db =>
        {
            var locked = db.Users.Single(u => u.Email == Browser.Demo("checkin"));
            locked.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10);
            return await db.SaveChangesAsync();
        });

        var unknown = await SignInAsync("nobody.at.all@example.org", "Some-Password-2027");
        var wrong = await SignInAsync(Browser.Demo("organizer"), "Some-Password-2027");
        var locked = await SignInAsync(Browser.Demo("checkin"), "Some-Password-2027");

        var answers = new List<string>();
        foreach (var (response, checks) in new[] { unknown, wrong, locked })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, checks);  // one password hash each: the same time for all three
            answers.Add((await Browser.ParseAsync(response)).QuerySelector(".alert-danger")!.TextContent.Trim());
        }

        Assert.Equal("Invalid login attempt.", answers[0]);
        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task An_unconfirmed_account_with_the_right_password_is_asked_to_confirm_and_a_wrong_password_learns_nothing()
    {
        const string email = "not.yet.confirmed@example.mm";
        const string password = "Irrawaddy-Morning-2028";
        await factory.CreateBrowser().SubmitAsync("/Identity/Account/Register", "#registerForm", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });

        var (right, rightChecks) = await SignInAsync(email, password);
        var (wrong, wrongChecks) = await SignInAsync(email, "Some-Password-2027");

        Assert.Contains("Confirm your email address first", (await Browser.ParseAsync(right)).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Invalid login attempt.", (await Browser.ParseAsync(wrong)).QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Equal((1, 1), (rightChecks, wrongChecks));
    }
}
