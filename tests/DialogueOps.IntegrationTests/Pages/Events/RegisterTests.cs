using System.Net;
using AngleSharp.Dom;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.IntegrationTests.Pages.Events;

/// <summary>Each test class has its own database; these tests change capacity, so they share one on purpose, in order.</summary>
public class RegisterTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Slug = "cattn-ai-dialogue-2027";
    private const string Form = "#registration-form";

    private async Task<HttpClient> NewAccountAsync(string email)
    {
        _ = factory.Server;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email }, DialogueOpsFactory.DemoPassword);
            }
        }

        var client = factory.CreateBrowser();
        await client.SignInAsync(email);
        return client;
    }

    private static Dictionary<string, string?> Person(string given, string family, string country = "SG", string category = "Expert") => new()
    {
        ["Input.Honorific"] = "Dr.", ["Input.GivenName"] = given, ["Input.FamilyName"] = family, ["Input.Position"] = "Research Fellow",
        ["Input.Organization"] = "RSIS", ["Input.Nationality"] = country, ["Input.CountryRepresented"] = country, ["Input.Category"] = category,
        ["Input.Consent"] = "true",
    };

    private Task SetCapacityToHoldersAsync(int extra) => factory.WithDbAsync(async db =>
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == Slug);
        var held = await db.Participants.CountAsync(p => p.EventId == ev.Id && (p.Status == ParticipantStatus.Registered || p.Status == ParticipantStatus.Confirmed));
        db.Entry(ev).Property("Capacity").CurrentValue = held + extra;
        await db.CapacityCounters.Where(c => c.EventId == ev.Id).ExecuteDeleteAsync();
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_country_without_a_delegation_at_the_event_is_refused_and_not_offered()
    {
        var client = await NewAccountAsync("kim.lee@example.kr");

        var form = await client.GetPageAsync($"/events/{Slug}/register");
        var response = await client.SubmitAsync(form, Form, Person("Lee", "Kim", "KR"));
        var page = await Browser.ParseAsync(response);

        Assert.Null(form.QuerySelector("#Input_CountryRepresented option[value='KR']"));
        Assert.NotNull(form.QuerySelector("#Input_CountryRepresented option[value='SG']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no delegation for that country", page.QuerySelector("[data-valmsg-for='Input.CountryRepresented']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Participants.AnyAsync(p => p.Email == "kim.lee@example.kr")));
    }

    [Fact]
    public async Task A_person_registers_through_the_form_is_mailed_and_then_waitlisted_people_are_promoted_when_someone_cancels()
    {
        await SetCapacityToHoldersAsync(extra: 1);

        var first = await NewAccountAsync("tan.wei@example.sg");
        var registered = await first.SubmitAsync($"/events/{Slug}/register", Form, Person("Wei", "Tan"));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var mine = await first.GetPageAsync(registered.Headers.Location!.OriginalString);
        Assert.Equal("Registered", mine.QuerySelector("#status")!.TextContent);
        await factory.WaitForMailAsync("tan.wei@example.sg", m => (m.TextBody ?? "").Contains("Your registration was received", StringComparison.Ordinal), "the registration mail");

        var second = await NewAccountAsync("lee.min@example.sg");
        await second.SubmitAsync($"/events/{Slug}/register", Form, Person("Min", "Lee"));
        var third = await NewAccountAsync("ng.hui@example.sg");
        await third.SubmitAsync($"/events/{Slug}/register", Form, Person("Hui", "Ng"));
        var waiting = await second.GetPageAsync($"/events/{Slug}/registration");
        Assert.Equal("Waitlisted", waiting.QuerySelector("#status")!.TextContent);
        Assert.Contains("Waitlist position 1", waiting.QuerySelector("#waitlist-position")!.TextContent);
        Assert.Contains("Waitlist position 2", (await third.GetPageAsync($"/events/{Slug}/registration")).QuerySelector("#waitlist-position")!.TextContent);

        var cancelled = await first.SubmitAsync($"/events/{Slug}/registration", "form[action*='handler=Cancel']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        Assert.Equal("Cancelled", (await first.GetPageAsync($"/events/{Slug}/registration")).QuerySelector("#status")!.TextContent);
        var promoted = await second.GetPageAsync($"/events/{Slug}/registration");
        Assert.Equal("Registered", promoted.QuerySelector("#status")!.TextContent);
        Assert.Contains("A place came free", promoted.QuerySelector("#history")!.TextContent);
        Assert.Equal("Waitlisted", (await third.GetPageAsync($"/events/{Slug}/registration")).QuerySelector("#status")!.TextContent);
    }

    [Fact]
    public async Task A_full_delegation_quota_sends_the_next_person_of_that_category_to_the_waitlist()
    {
        await SetCapacityToHoldersAsync(extra: 50);

        var third = await NewAccountAsync("official.three@example.my");
        var vice = Person("Aminah", "Yusof", "MY", "Official");
        vice["Input.Position"] = "Vice-Minister of Digital";
        await third.SubmitAsync($"/events/{Slug}/register", Form, vice);
        Assert.Equal(12, await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "official.three@example.my").Select(p => p.ProtocolRank).SingleAsync()));
        var fourth = await NewAccountAsync("official.four@example.my");
        await fourth.SubmitAsync($"/events/{Slug}/register", Form, Person("Razak", "Omar", "MY", "Official"));
        var expert = await NewAccountAsync("expert.five@example.my");
        await expert.SubmitAsync($"/events/{Slug}/register", Form, Person("Lim", "Chen", "MY", "Observer"));

        Assert.Equal("Registered", (await third.GetPageAsync($"/events/{Slug}/registration")).QuerySelector("#status")!.TextContent);
        Assert.Equal("Waitlisted", (await fourth.GetPageAsync($"/events/{Slug}/registration")).QuerySelector("#status")!.TextContent);
        Assert.Equal("Registered", (await expert.GetPageAsync($"/events/{Slug}/registration")).QuerySelector("#status")!.TextContent);

        // Only the secretariat goes over a quota, and only with a reason the history keeps.
        var (eventId, fourthId) = await factory.WithDbAsync(async db =>
        {
            var p = await db.Participants.SingleAsync(x => x.Email == "official.four@example.my");
            return (p.EventId, p.Id);
        });
        var secretariat = factory.CreateBrowser();
        await secretariat.SignInAsync(Browser.Demo("secretariat"));
        var url = $"/secretariat/events/{eventId}/participants/{fourthId}";
        var noReason = await Browser.ParseAsync(await secretariat.SubmitAsync(url, "#decision-form", new Dictionary<string, string?>(), "button[value='Confirmed']"));
        Assert.Contains("Give a reason", noReason.QuerySelector("[data-valmsg-for='Reason']")!.TextContent);
        await secretariat.SubmitAsync(url, "#decision-form", new Dictionary<string, string?> { ["Reason"] = "Minister's adviser, agreed with ISIS" }, "button[value='Confirmed']");
        var mine = await fourth.GetPageAsync($"/events/{Slug}/registration");
        Assert.Equal("Confirmed", mine.QuerySelector("#status")!.TextContent);
        Assert.Contains("Minister's adviser, agreed with ISIS", mine.QuerySelector("#history")!.TextContent);
    }

    [Fact]
    public async Task When_nobody_of_the_same_quota_waits_the_freed_place_goes_to_the_first_person_waiting_for_the_event()
    {
        // Tests of this class share one database: start from an empty waitlist.
        await factory.WithDbAsync(db => db.Participants.Where(p => p.Status == ParticipantStatus.Waitlisted)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Status, ParticipantStatus.Cancelled)));
        await SetCapacityToHoldersAsync(extra: 1);
        var expert = await NewAccountAsync("sg.expert@example.sg");
        await expert.SubmitAsync($"/events/{Slug}/register", Form, Person("Kai", "Wong", "SG", "Expert"));
        var observer = await NewAccountAsync("th.observer@example.th");
        await observer.SubmitAsync($"/events/{Slug}/register", Form, Person("Niran", "Sukjai", "TH", "Observer"));
        Assert.Equal("Waitlisted", (await observer.GetPageAsync($"/events/{Slug}/registration")).QuerySelector("#status")!.TextContent);

        await expert.SubmitAsync($"/events/{Slug}/registration", "form[action*='handler=Cancel']", new Dictionary<string, string?>());

        Assert.Equal("Registered", (await observer.GetPageAsync($"/events/{Slug}/registration")).QuerySelector("#status")!.TextContent);
    }

    [Theory]
    [InlineData("Input.GivenName", "", "This field is required.")]
    [InlineData("Input.GivenName", "LONG", "At most 100 characters.")]
    [InlineData("Input.FamilyName", "Tan\u0007", "Remove control characters")]
    [InlineData("Input.FamilyName", "Tan 🎉", "Remove emoji and symbols")]
    [InlineData("Input.FamilyName", "محمد", "Use Latin letters as in your passport")]
    [InlineData("Input.Consent", "false", "Please agree to the privacy notice")]
    [InlineData("Input.Nationality", "XX", "Unknown country.")]
    public async Task Bad_input_is_refused_with_a_clear_message_and_nothing_is_stored(string field, string value, string message)
    {
        var email = $"bad.{Guid.NewGuid():N}@example.org";
        var client = await NewAccountAsync(email);
        var form = Person("Good", "Name");
        form[field] = value == "LONG" ? new string('a', 10_000) : value;

        var response = await client.SubmitAsync($"/events/{Slug}/register", Form, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.Participants.AnyAsync(p => p.Email == email)));
    }

    [Fact]
    public async Task Native_scripts_and_Vietnamese_accents_are_accepted_and_a_second_registration_is_not()
    {
        var client = await NewAccountAsync("pham.lan@example.vn");
        var form = Person("Thị Lan", "Phạm", "VN");
        form["Input.NativeName"] = "Phạm Thị Lan";
        form["Input.NameOrder"] = "FamilyFirst";

        var first = await client.SubmitAsync($"/events/{Slug}/register", Form, form);
        var again = await client.GetAsync($"/events/{Slug}/register");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/events/{Slug}/registration", again.Headers.Location!.OriginalString);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.Email == "pham.lan@example.vn" && p.FamilyName == "Phạm")));
        // "Research Fellow" is not in the table of positions: unranked until the secretariat sets a rank.
        Assert.Equal(100, await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "pham.lan@example.vn").Select(p => p.ProtocolRank).SingleAsync()));
    }

    [Fact]
    public async Task The_secretariat_confirms_a_registration_and_the_person_is_told()
    {
        var person = await NewAccountAsync("kim.sok@example.kh");
        await person.SubmitAsync($"/events/{Slug}/register", Form, Person("Sokha", "Kim", "KH", "Observer"));
        var (eventId, participantId) = await factory.WithDbAsync(async db =>
        {
            var p = await db.Participants.SingleAsync(x => x.Email == "kim.sok@example.kh");
            return (p.EventId, p.Id);
        });
        var secretariat = factory.CreateBrowser();
        await secretariat.SignInAsync(Browser.Demo("secretariat"));

        var decided = await secretariat.SubmitAsync($"/secretariat/events/{eventId}/participants/{participantId}", "#decision-form",
            new Dictionary<string, string?> { ["Reason"] = "Invited observer" }, "button[value='Confirmed']");

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal("Confirmed", (await person.GetPageAsync($"/events/{Slug}/registration")).QuerySelector("#status")!.TextContent);
        await factory.WaitForMailAsync("kim.sok@example.kh", m => (m.TextBody ?? "").Contains("Your participation is confirmed.", StringComparison.Ordinal), "the confirmation");
    }
}
