using System.Net;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Outcomes;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

/// <summary>On its own database: the other class publishes.</summary>
public class DraftSummaryAccessTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Slug = "cattn-ai-dialogue-2027";

    [Fact]
    public async Task Delegates_cannot_see_the_draft_summary_or_its_pdf()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == Slug).Select(e => e.Id).SingleAsync());
        var delegate_ = factory.CreateBrowser();
        await delegate_.SignInAsync(Browser.Demo("delegate"));

        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.GetAsync($"/organize/events/{eventId}/outcomes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.GetAsync($"/organize/events/{eventId}/outcomes?handler=Pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await delegate_.GetAsync($"/events/{Slug}/outcomes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await delegate_.GetAsync($"/events/{Slug}/outcomes?handler=Pdf")).StatusCode);
    }
}
