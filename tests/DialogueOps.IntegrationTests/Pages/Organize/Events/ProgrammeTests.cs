using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class ProgrammeTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task Publishing_the_programme_of_a_draft_event_says_the_public_sees_it_only_once_the_event_is_opened()
    {
        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var eventId = await NewEvent.CreateAsync(factory, organizer, "hanoi-trade-2028", "Hanoi Roundtable on Digital Trade", "Hanoi", "Asia/Ho_Chi_Minh");
        var url = $"/organize/events/{eventId}/programme";

        var before = await organizer.GetPageAsync(url);
        var confirm = before.QuerySelector("form[action*='handler=Publish']")!.GetAttribute("data-confirm")!;
        await organizer.SubmitAsync(before, "form[action*='handler=Publish']", new Dictionary<string, string?>());
        var after = await organizer.GetPageAsync(url);

        Assert.Contains("the public sees the programme once you open the event", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("The public will see it", confirm, StringComparison.Ordinal);
        Assert.Contains("The public sees it once you open the event", after.Text(), StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector("#event-draft"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowser().GetAsync("/events/hanoi-trade-2028/agenda")).StatusCode);
    }
}
