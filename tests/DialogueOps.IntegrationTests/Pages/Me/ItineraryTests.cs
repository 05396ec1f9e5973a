using System.Net;
using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace DialogueOps.IntegrationTests.Pages.Me;

public class ItineraryTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_delegate_sees_the_sessions_they_speak_in_and_downloads_them_as_PDF()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("delegate"));

        var page = await client.GetPageAsync("/me/itinerary");
        var pdf = await client.GetAsync("/me/itinerary?handler=Pdf&event=cattn-ai-dialogue-2027");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Roundtable 1: National Perspectives on AI Governance") && r.Contains("Speaker"));
        Assert.Contains(rows, r => r.Contains("Closing Session") && r.Contains("Rapporteur"));
        Assert.Contains("Dr. Siti Rahman", page.Text());
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Rahman", string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public async Task Nobody_reads_another_persons_itinerary()
    {
        var anonymous = await factory.CreateBrowser().GetAsync("/me/itinerary");
        var focalPoint = factory.CreateBrowser();
        await focalPoint.SignInAsync(Browser.Demo("focalpoint.my"));
        var delegate_ = factory.CreateBrowser();
        await delegate_.SignInAsync(Browser.Demo("delegate"));

        Assert.Contains("/Identity/Account/Login", anonymous.Headers.Location!.OriginalString);
        Assert.Contains("You are not registered for any event yet.", (await focalPoint.GetPageAsync("/me/itinerary")).Text());
        Assert.Equal(HttpStatusCode.NotFound, (await focalPoint.GetAsync("/me/itinerary?handler=Pdf&event=cattn-ai-dialogue-2027")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await delegate_.GetAsync("/me/itinerary?event=some-other-event")).StatusCode);
    }
}
