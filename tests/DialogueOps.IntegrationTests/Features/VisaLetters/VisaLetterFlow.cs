using System.Net;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Features.VisaLetters;

/// <summary>Steps the visa-letter tests share: the demo delegate's request, and the secretariat's decisions through the real forms.</summary>
internal static class VisaLetterFlow
{
    public const string Slug = "cattn-ai-dialogue-2027";
    public const string PassportNumber = "A12345678";

    public static Dictionary<string, string?> ValidRequest(string? note = null) => new()
    {
        ["Input.NameAsInPassport"] = "SITI NURHALIZA BINTI RAHMAN",
        ["Input.PassportNumber"] = PassportNumber,
        ["Input.IssuingCountry"] = "MY",
        ["Input.Nationality"] = "MY",
        ["Input.DateOfBirth"] = "1985-03-14",
        ["Input.PassportExpiry"] = "2031-01-31",
        ["Input.Consulate"] = "Embassy of the People's Republic of China in Malaysia",
        ["Input.EntryDate"] = "2027-07-07",
        ["Input.ExitDate"] = "2027-07-10",
        ["Input.Note"] = note,
    };

    /// <summary>
    /// Signs in as the demo delegate (Siti Rahman, Malaysia) and sends a valid request, unless an earlier test in the same app
    /// left one open (a delegate has one open request at a time); returns its id.
    /// </summary>
    public static async Task<(HttpClient Delegate, int RequestId)> RequestAsDelegateAsync(DialogueOpsFactory factory, string? note = null)
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("delegate"));
        var open = await factory.WithDbAsync(db => (from r in db.VisaLetterRequests
                                                    join p in db.Participants on r.ParticipantId equals p.Id
                                                    where p.Email.StartsWith("siti.rahman") && r.Status != VisaLetterStatus.Rejected && r.Status != VisaLetterStatus.Revoked
                                                    select (int?)r.Id).FirstOrDefaultAsync());
        if (open is { } existing && note is null)
        {
            return (client, existing);
        }

        var response = await client.SubmitAsync($"/events/{Slug}/visa-letter", "#visa-form", ValidRequest(note));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"The request was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var id = await factory.WithDbAsync(db => (from r in db.VisaLetterRequests
                                                  join p in db.Participants on r.ParticipantId equals p.Id
                                                  where p.Email.StartsWith("siti.rahman")
                                                  orderby r.Id descending
                                                  select r.Id).FirstAsync());
        return (client, id);
    }

    public static async Task<HttpClient> SecretariatAsync(DialogueOpsFactory factory)
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("secretariat"));
        return client;
    }

    public static Task<int> EventIdAsync(DialogueOpsFactory factory) => factory.WithDbAsync(db => db.Events.Where(e => e.Slug == Slug).Select(e => e.Id).SingleAsync());

    /// <summary>Presses a decision button on the review page, with an optional reason.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(HttpClient secretariat, int eventId, int requestId, string handler, string? reason = null)
    {
        var values = new Dictionary<string, string?>();
        if (reason is not null)
        {
            values["Reason"] = reason;
        }

        var response = await secretariat.SubmitAsync($"/secretariat/events/{eventId}/visa-letters/{requestId}", "#decision-form", values,
            $"button[formaction*='handler={handler}']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}
