using System.Net;
using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class VisaLettersTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task An_organizer_sets_the_letters_prefix_and_validity_and_bad_values_get_messages()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        var url = $"/organize/events/{eventId}/visa-letters";

        var page = await client.GetPageAsync(url);
        Assert.Equal("QH", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_ReferencePrefix")!.Value);

        var bad = await client.SubmitAsync(page, "#visa-settings-form", new Dictionary<string, string?> { ["Input.ReferencePrefix"] = "q h!", ["Input.MinimumValidityMonths"] = "30" });
        var form = await Browser.ParseAsync(bad);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("2 to 10 capital letters", form.QuerySelector("[data-valmsg-for='Input.ReferencePrefix']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Between 0 and 24 months", form.QuerySelector("[data-valmsg-for='Input.MinimumValidityMonths']")!.TextContent, StringComparison.Ordinal);

        var saved = await client.SubmitAsync(url, "#visa-settings-form", new Dictionary<string, string?> { ["Input.ReferencePrefix"] = "cattn", ["Input.MinimumValidityMonths"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var policy = await factory.WithDbAsync(db => db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.VisaLetters).SingleAsync());
        Assert.Equal("CATTN", policy.ReferencePrefix);
        Assert.Equal(3, policy.MinimumValidityMonths);
    }
}
