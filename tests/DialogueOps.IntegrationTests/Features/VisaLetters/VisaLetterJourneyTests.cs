using System.Net;
using System.Text;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using UglyToad.PdfPig;

namespace DialogueOps.IntegrationTests.Features.VisaLetters;

/// <summary>The whole life of one letter, in an app of its own so that nothing else touches the delegate's request.</summary>
public class VisaLetterJourneyTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_letter_goes_from_request_to_an_issued_pdf_that_verifies_as_valid_then_revoked()
    {
        var eventId = await VisaLetterFlow.EventIdAsync(factory);
        var (delegateClient, requestId) = await VisaLetterFlow.RequestAsDelegateAsync(factory, note: "<script>alert('x')</script> arriving late");
        var mine = await delegateClient.GetPageAsync($"/events/{VisaLetterFlow.Slug}/visa-letter");
        Assert.Equal("Submitted", mine.QuerySelector("#status")!.TextContent.Trim());

        var secretariat = await VisaLetterFlow.SecretariatAsync(factory);
        var reviewHtml = await (await secretariat.GetAsync($"/secretariat/events/{eventId}/visa-letters/{requestId}")).Content.ReadAsStringAsync();
        Assert.Contains(VisaLetterFlow.PassportNumber, reviewHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert('x')</script>", reviewHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", reviewHtml, StringComparison.Ordinal);

        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Approve");
        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Issue");

        var letter = await factory.WithDbAsync(db => db.VisaLetterRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal(VisaLetterStatus.Issued, letter.Status);
        Assert.Matches("^QH-2027-[0-9]{4}$", letter.ReferenceNumber!);
        Assert.Equal(32, letter.VerificationCode.Length);

        // The delegate was mailed a link, not the letter (it prints the passport number), and downloads it signed in.
        var mail = await factory.WaitForMailAsync("siti.rahman.my@demo.dialogueops.test", m => m.TextBody?.Contains(letter.ReferenceNumber!, StringComparison.Ordinal) == true, "the letter mail");
        Assert.Empty(mail.Attachments);
        Assert.Contains($"https://dialogue.example.test/events/{VisaLetterFlow.Slug}/visa-letter", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(VisaLetterFlow.PassportNumber, mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowser().GetAsync($"/events/{VisaLetterFlow.Slug}/visa-letter?handler=Pdf")).StatusCode);
        var download = await delegateClient.GetAsync($"/events/{VisaLetterFlow.Slug}/visa-letter?handler=Pdf");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var pdf = await download.Content.ReadAsByteArrayAsync();
        // The copy downloaded is byte for byte the letter that was issued.
        Assert.Equal(letter.DocumentHash, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf)).ToLowerInvariant());
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            Assert.Contains("SITI NURHALIZA BINTI RAHMAN", text, StringComparison.Ordinal);
            Assert.Contains(letter.ReferenceNumber!, text, StringComparison.Ordinal);
            Assert.Contains(VisaLetterFlow.PassportNumber, text, StringComparison.Ordinal);
            Assert.Contains("Embassy of the People's Republic of China in Malaysia", text, StringComparison.Ordinal);
            Assert.Contains("Prof. Gao Fei", text, StringComparison.Ordinal);
        }

        var verifyUrl = $"https://dialogue.example.test/verify/{letter.VerificationCode}";
        Assert.Contains(verifyUrl, PdfReadBack.QrCodes(pdf, 1));

        var anonymous = factory.CreateBrowser();
        var valid = await anonymous.GetAsync($"/verify/{letter.VerificationCode}");
        var validHtml = await valid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var validPage = await Browser.ParseAsync(valid);
        Assert.Equal("valid", validPage.QuerySelector("#verdict")!.GetAttribute("data-verdict"));
        Assert.Contains("SITI NURHALIZA BINTI RAHMAN", validHtml, StringComparison.Ordinal);
        Assert.Contains(letter.ReferenceNumber!, validHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(VisaLetterFlow.PassportNumber, validHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("1985", validHtml, StringComparison.Ordinal);

        await VisaLetterFlow.DecideAsync(secretariat, eventId, requestId, "Revoke", "Participation cancelled by the delegation");
        var revoked = await Browser.ParseAsync(await anonymous.GetAsync($"/verify/{letter.VerificationCode}"));
        Assert.Equal("revoked", revoked.QuerySelector("#verdict")!.GetAttribute("data-verdict"));
        Assert.Contains("was revoked on", revoked.QuerySelector("#verdict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("revoked", (await delegateClient.GetPageAsync($"/events/{VisaLetterFlow.Slug}/visa-letter")).QuerySelector("#status")!.TextContent,
            StringComparison.OrdinalIgnoreCase);
    }
}
