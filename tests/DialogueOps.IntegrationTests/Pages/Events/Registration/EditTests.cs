using System.Net;
using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Events.Registration;

public class EditTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Url = "/events/cattn-ai-dialogue-2027/registration";

    [Fact]
    public async Task A_confirmed_delegate_edits_needs_freely_but_a_new_position_returns_the_registration_to_review_and_the_cutoff_ends_edits()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("delegate"));

        Task<int> RankAsync() => factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "siti.rahman.my@demo.dialogueops.test").Select(p => p.ProtocolRank).SingleAsync());
        var rankBefore = await RankAsync();
        var needs = await client.SubmitAsync($"{Url}/edit", "#edit-form", new Dictionary<string, string?> { ["Input.DietaryNeeds"] = "Halal" });
        Assert.Equal(HttpStatusCode.Redirect, needs.StatusCode);
        Assert.Equal(rankBefore, await RankAsync());  // saving needs keeps the place in protocol order
        Assert.Equal("Confirmed", (await client.GetPageAsync(Url)).QuerySelector("#status")!.TextContent);

        await client.SubmitAsync($"{Url}/edit", "#edit-form", new Dictionary<string, string?> { ["Input.Position"] = "Director, Technology Policy" });
        var mine = await client.GetPageAsync(Url);
        Assert.Equal("Registered", mine.QuerySelector("#status")!.TextContent);
        Assert.Contains("back to review", mine.QuerySelector("#history")!.TextContent);
        Assert.Equal(30, await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "siti.rahman.my@demo.dialogueops.test").Select(p => p.ProtocolRank).SingleAsync()));

        await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
            db.Entry(ev).Property("RegistrationEditCutoff").CurrentValue = DateTime.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var closed = await client.GetPageAsync($"{Url}/edit");
        Assert.Contains("Changes are closed for this event", closed.QuerySelector("#closed")!.TextContent);
        var refused = await client.PostAsync($"{Url}/edit", new FormUrlEncodedContent([new("Input.GivenName", "Changed")]));
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("Siti", await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "siti.rahman.my@demo.dialogueops.test").Select(p => p.GivenName).SingleAsync()));
    }
}

/// <summary>On an app of its own: the class above closes edits for the event.</summary>
public class HotelTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_delegate_gives_their_hotel_on_the_edit_form_and_the_itinerary_shows_it()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("delegate"));
        var form = await client.GetPageAsync("/events/cattn-ai-dialogue-2027/registration/edit");
        Assert.NotNull(form.QuerySelector("#Input_Hotel"));

        var saved = await client.SubmitAsync(form, "#edit-form", new Dictionary<string, string?> { ["Input.Hotel"] = "InterContinental Shenzhen" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("InterContinental Shenzhen", (await client.GetPageAsync("/me/itinerary")).Text(), StringComparison.Ordinal);
        Assert.Equal("InterContinental Shenzhen", await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "siti.rahman.my@demo.dialogueops.test").Select(p => p.Hotel).SingleAsync()));
    }
}
