using AngleSharp.Dom;
using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class RoomsTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private async Task<(HttpClient Client, string Url, int EventId)> SignedInAsync()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));
        var id = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        return (client, $"/organize/events/{id}/rooms", id);
    }

    [Fact]
    public async Task A_room_is_added_edited_and_deleted_after_confirmation()
    {
        var (client, url, eventId) = await SignedInAsync();

        var added = await client.SubmitAsync(url, "main form:not([data-confirm])", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Press Room", ["Input.LocalName"] = "新闻室", ["Input.Capacity"] = "30", ["Input.InterpretationBooths"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var roomId = await factory.WithDbAsync(db => db.Rooms.Where(r => r.EventId == eventId && r.Name == "Press Room").Select(r => r.Id).SingleAsync());

        await client.SubmitAsync($"{url}?edit={roomId}", "main form:not([data-confirm])", new Dictionary<string, string?> { ["Input.Capacity"] = "35" });
        Assert.Equal(35, await factory.WithDbAsync(db => db.Rooms.Where(r => r.Id == roomId).Select(r => r.Capacity).SingleAsync()));

        var page = await client.GetPageAsync(url);
        var deleteForm = page.QuerySelector($"form[action*='roomId={roomId}']")!;
        Assert.Equal("Delete the room Press Room?", deleteForm.GetAttribute("data-confirm"));
        await client.SubmitAsync(page, $"form[action*='roomId={roomId}']", new Dictionary<string, string?>());
        Assert.False(await factory.WithDbAsync(db => db.Rooms.AnyAsync(r => r.Id == roomId)));
    }

    [Fact]
    public async Task A_room_with_sessions_cannot_be_deleted()
    {
        var (client, url, eventId) = await SignedInAsync();
        var hall = await factory.WithDbAsync(db => db.Rooms.Where(r => r.EventId == eventId && r.Name == "Qianhai Hall").Select(r => r.Id).SingleAsync());

        var response = await client.SubmitAsync(url, $"form[action*='roomId={hall}']", new Dictionary<string, string?>());
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("The room is used by sessions", page.QuerySelector("[role=status]")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.Rooms.AnyAsync(r => r.Id == hall)));
    }

    [Fact]
    public async Task A_room_without_capacity_or_with_a_taken_name_is_refused()
    {
        var (client, url, _) = await SignedInAsync();

        var page = await Browser.ParseAsync(await client.SubmitAsync(url, "main form:not([data-confirm])", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Meeting Room A", ["Input.Capacity"] = "",
        }));

        Assert.Contains("This field is required.", page.QuerySelector("[data-valmsg-for='Input.Capacity']")!.TextContent);
        page = await Browser.ParseAsync(await client.SubmitAsync(url, "main form:not([data-confirm])", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Meeting Room A", ["Input.Capacity"] = "10",
        }));
        Assert.Contains("Another room of this event has this name.", page.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent);
    }
}
