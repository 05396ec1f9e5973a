using System.Net;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.IntegrationTests.Pages.Admin;

/// <summary>The administrator's accounts pages: find, roles, lock, two-factor reset, confirmation mail; never the last administrator.</summary>
public class UsersTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var admin = factory.CreateBrowser();
        await admin.SignInAsync(Browser.Demo("admin"));
        return admin;
    }

    private Task<string> IdOfAsync(string email) => factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task An_administrator_finds_an_account_sees_its_event_roles_and_gives_and_takes_a_global_role()
    {
        var admin = await AdminAsync();

        var found = await admin.GetPageAsync("/admin/users?q=ORGANIZER@demo");
        var row = Assert.Single(found.QuerySelectorAll("#accounts tbody tr"));
        Assert.Equal(Browser.Demo("organizer"), row.GetAttribute("data-email"));
        var detailUrl = row.QuerySelector("a")!.GetAttribute("href")!;
        var detail = await admin.GetPageAsync(detailUrl);
        Assert.Contains("China–ASEAN", detail.QuerySelector("#grants")!.TextContent, StringComparison.Ordinal);

        await admin.SubmitAsync(detail, "#roles [data-role='Secretariat'] form", new Dictionary<string, string?>());
        var given = await admin.GetPageAsync(detailUrl);
        Assert.Equal("yes", given.QuerySelector("#roles [data-role='Secretariat']")!.GetAttribute("data-held"));
        await admin.SubmitAsync(given, "#roles [data-role='Secretariat'] form", new Dictionary<string, string?>());
        var taken = await admin.GetPageAsync(detailUrl);
        Assert.Equal("no", taken.QuerySelector("#roles [data-role='Secretariat']")!.GetAttribute("data-held"));

        var userId = await IdOfAsync(Browser.Demo("organizer"));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == $"{userId}:Secretariat").Select(a => a.Action).ToListAsync());
        Assert.Equal(["account.role-given", "account.role-taken"], actions);
        var none = await admin.GetPageAsync("/admin/users?q=nobody-like-this");
        Assert.Contains("No account matches", none.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_account_is_signed_out_at_its_next_page_and_cannot_sign_in_until_unlocked()
    {
        var admin = await AdminAsync();
        var person = factory.CreateBrowser();
        await person.SignInAsync(Browser.Demo("focalpoint.my"));
        var detailUrl = $"/admin/users/{await IdOfAsync(Browser.Demo("focalpoint.my"))}";

        await admin.SubmitAsync(detailUrl, "form[action*='handler=Lock']", new Dictionary<string, string?>());
        var next = await person.GetAsync("/me/profile");
        var again = await factory.CreateBrowser().SubmitAsync("/Identity/Account/Login", "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = Browser.Demo("focalpoint.my"), ["Input.Password"] = DialogueOpsFactory.DemoPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/Identity/Account/Login", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);  // refused
        Assert.Equal("Yes", (await admin.GetPageAsync(detailUrl)).QuerySelector("#locked")!.TextContent.Trim());

        await admin.SubmitAsync(detailUrl, "form[action*='handler=Unlock']", new Dictionary<string, string?>());
        await factory.CreateBrowser().SignInAsync(Browser.Demo("focalpoint.my"));
    }

    [Fact]
    public async Task The_last_administrator_can_neither_lose_the_role_nor_be_locked()
    {
        var admin = await AdminAsync();
        var detailUrl = $"/admin/users/{await IdOfAsync(Browser.Demo("admin"))}";

        await admin.SubmitAsync(detailUrl, "#roles [data-role='Administrator'] form", new Dictionary<string, string?>());
        var afterTake = await admin.GetPageAsync(detailUrl);
        await admin.SubmitAsync(afterTake, "form[action*='handler=Lock']", new Dictionary<string, string?>());
        var afterLock = await admin.GetPageAsync(detailUrl);

        Assert.Contains("This is the last administrator.", afterTake.Text(), StringComparison.Ordinal);
        Assert.Equal("yes", afterLock.QuerySelector("#roles [data-role='Administrator']")!.GetAttribute("data-held"));
        Assert.Contains("This is the last administrator.", afterLock.Text(), StringComparison.Ordinal);
        Assert.Equal("No", afterLock.QuerySelector("#locked")!.TextContent.Trim());
    }

    [Fact]
    public async Task Two_factor_is_reset_and_an_unconfirmed_account_gets_a_new_confirmation_mail()
    {
        var admin = await AdminAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var checkin = (await users.FindByEmailAsync(Browser.Demo("checkin")))!;
            await users.ResetAuthenticatorKeyAsync(checkin);
            await users.SetTwoFactorEnabledAsync(checkin, true);
            var unconfirmed = new ApplicationUser { UserName = "late.confirmer@example.kh", Email = "late.confirmer@example.kh" };
            await users.CreateAsync(unconfirmed, "Angkor-Sunrise-2028");
        }

        await admin.SubmitAsync($"/admin/users/{await IdOfAsync(Browser.Demo("checkin"))}", "form[action*='handler=ResetTwoFactor']", new Dictionary<string, string?>());
        await admin.SubmitAsync($"/admin/users/{await IdOfAsync("late.confirmer@example.kh")}", "form[action*='handler=ResendConfirmation']", new Dictionary<string, string?>());

        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Browser.Demo("checkin")).Select(u => u.TwoFactorEnabled).SingleAsync()));
        var mail = await factory.WaitForMailAsync("late.confirmer@example.kh", m => m.HtmlBody?.Contains("ConfirmEmail", StringComparison.Ordinal) == true, "the confirmation mail");
        Assert.Contains("https://dialogue.example.test/Identity/Account/ConfirmEmail?userId=", mail.HtmlBody, StringComparison.Ordinal);
    }
}
