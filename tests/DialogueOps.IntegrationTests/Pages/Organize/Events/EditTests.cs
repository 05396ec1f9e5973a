using AngleSharp.Dom;
using System.Net;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DialogueOps.IntegrationTests.Pages.Events.Registration;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class EditTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private Task<int> DemoIdAsync() => factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task An_organizer_of_another_event_cannot_open_this_one()
    {
        _ = factory.Server;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var other = new ApplicationUser { UserName = "other.organizer@example.org", Email = "other.organizer@example.org", EmailConfirmed = true };
            await users.CreateAsync(other, DialogueOpsFactory.DemoPassword);
            await users.AddToRoleAsync(other, Roles.Organizer);
        }

        var client = factory.CreateBrowser();
        await client.SignInAsync("other.organizer@example.org");
        var id = await DemoIdAsync();

        var edit = await client.GetAsync($"/organize/events/{id}/edit");
        var rooms = await client.PostAsync($"/organize/events/{id}/rooms?handler=Delete&roomId=1", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, rooms.StatusCode);
        Assert.Equal(4, await factory.WithDbAsync(db => db.Rooms.CountAsync(r => r.EventId == id)));
    }

    [Fact]
    public async Task An_unknown_event_id_is_a_404_not_an_error()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/organize/events/99999/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/organize/events/99999/rooms")).StatusCode);
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_is_refused_and_keeps_the_typed_text()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));
        var id = await DemoIdAsync();
        var url = $"/organize/events/{id}/edit";
        var stale = await client.GetPageAsync(url);

        var first = await client.SubmitAsync(url, "main form[method=post]:not([action*='handler'])", new Dictionary<string, string?> { ["Input.City"] = "Shenzhen (Qianhai)" });
        var second = await client.SubmitAsync(stale, "main form[method=post]:not([action*='handler'])", new Dictionary<string, string?> { ["Input.Theme"] = "My unsaved theme" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await Browser.ParseAsync(second);
        Assert.Contains("Someone else saved this event while you were editing", page.Text());
        Assert.Equal("My unsaved theme", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Theme")!.Value);
        Assert.Equal("Shenzhen (Qianhai)", await factory.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.City).SingleAsync()));
    }

    [Fact]
    public async Task Opening_registration_makes_a_draft_public()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));
        var created = await client.SubmitAsync("/organize/events/new", "main form[method=post]", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Jakarta Roundtable", ["Input.Slug"] = "jakarta-roundtable-2028", ["Input.TimeZoneId"] = "Asia/Jakarta",
            ["Input.StartDate"] = "2028-05-10", ["Input.EndDate"] = "2028-05-10",
        });
        var editUrl = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowser().GetAsync("/events/jakarta-roundtable-2028")).StatusCode);

        var opened = await client.SubmitAsync(editUrl, "form[action*='handler=Open']", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(EventStatus.Open, await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "jakarta-roundtable-2028").Select(e => e.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowser().GetAsync("/events/jakarta-roundtable-2028")).StatusCode);
    }
}
