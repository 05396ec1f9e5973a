using System.Net;
using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DialogueOps.IntegrationTests.Features.VisaLetters;

namespace DialogueOps.IntegrationTests.Pages.Events;

/// <summary>Bad input never stores anything; its own app, so the demo delegate never has a request here and always sees the form.</summary>
public class VisaLetterInputTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Theory]
    [InlineData("Input.PassportExpiry", "2026-01-01", "expired")]
    [InlineData("Input.PassportExpiry", "2027-09-01", "months after the exit date")]
    [InlineData("Input.ExitDate", "2027-07-06", "cannot be before the entry date")]
    [InlineData("Input.EntryDate", "2027-05-01", "Entry must be between")]
    [InlineData("Input.PassportNumber", "E12345678", "does not look like a passport number")]
    [InlineData("Input.PassportNumber", "A1", "5 to 9 letters and digits")]
    [InlineData("Input.NameAsInPassport", "西提", "Latin letters")]
    [InlineData("Input.DateOfBirth", "2030-01-01", "must be in the past")]
    [InlineData("Input.Consulate", "", "required")]
    public async Task Bad_input_is_refused_with_a_message_beside_the_field_and_nothing_is_stored(string field, string value, string message)
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("delegate"));
        var countBefore = await factory.WithDbAsync(db => db.VisaLetterRequests.CountAsync());
        var values = VisaLetterFlow.ValidRequest();
        values[field] = value;

        var response = await client.SubmitAsync($"/events/{VisaLetterFlow.Slug}/visa-letter", "#visa-form", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        var error = page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent;
        Assert.Contains(message, error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(countBefore, await factory.WithDbAsync(db => db.VisaLetterRequests.CountAsync()));
    }

    [Fact]
    public async Task A_300_character_name_is_refused_and_the_form_keeps_what_was_typed()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("delegate"));
        var values = VisaLetterFlow.ValidRequest();
        values["Input.NameAsInPassport"] = new string('A', 300);
        values["Input.Consulate"] = "Embassy in Kuala Lumpur";

        var response = await client.SubmitAsync($"/events/{VisaLetterFlow.Slug}/visa-letter", "#visa-form", values);

        var page = await Browser.ParseAsync(response);
        Assert.Contains("at most 100 characters", page.QuerySelector("[data-valmsg-for='Input.NameAsInPassport']")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Embassy in Kuala Lumpur", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Consulate")!.Value);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%27%20OR%201%3D1%20--")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Unknown_and_malformed_verification_codes_say_unknown_with_404(string code)
    {
        var response = await factory.CreateBrowser().GetAsync($"/verify/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Equal("unknown", page.QuerySelector("#verdict")?.GetAttribute("data-verdict"));
    }
}
