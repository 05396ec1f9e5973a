using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace DialogueOps.BrowserTests.Journeys;

[Collection(JourneyCollection.Name)]
public class OrganizerJourneyTests(AppProcess app, Chromium chromium)
{
    [Fact]
    public Task An_organizer_sees_a_room_conflict_moves_the_session_and_prints_the_agenda_with_it() =>
        chromium.JourneyAsync(nameof(An_organizer_sees_a_room_conflict_moves_the_session_and_prints_the_agenda_with_it), app.BaseUrl, async page =>
        {
            await Accounts.SignInAsync(page, "organizer@demo.dialogueops.test");

            await page.GotoAsync("/organize/events/1/sessions");
            await page.FillAsync("#Input_Title", "Press Briefing");
            await page.SelectOptionAsync("#Input_Kind", "Presentation");
            await page.SelectOptionAsync("#Input_Day", "2027-07-08");
            await page.FillAsync("#Input_Start", "09:15");
            await page.FillAsync("#Input_End", "09:45");
            await page.SelectOptionAsync("#Input_RoomId", new SelectOptionValue { Label = "Qianhai Hall (200)" });
            await page.ClickAsync("#session-form button[type=submit]");

            var conflicts = page.Locator("#conflicts");
            await conflicts.WaitForAsync();
            Assert.Contains("Opening Ceremony", await conflicts.InnerTextAsync(), StringComparison.Ordinal);

            // The hall is free over lunch: moving the briefing there clears the warning and saves.
            await page.FillAsync("#Input_Start", "12:45");
            await page.FillAsync("#Input_End", "13:15");
            await page.ClickAsync("#session-form button[type=submit]");
            // Saved: the form now edits the session ("Save" instead of "Create session").
            await page.Locator("#session-form button:has-text('Save')").WaitForAsync();
            Assert.Equal(0, await page.Locator("#conflicts").CountAsync());

            var pdf = await page.APIRequest.GetAsync("/events/cattn-ai-dialogue-2027/agenda.pdf");
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            using var document = PdfDocument.Open(await pdf.BodyAsync());
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Press Briefing", text, StringComparison.Ordinal);
            Assert.Contains("12:45–13:15", text, StringComparison.Ordinal);
        });
}
