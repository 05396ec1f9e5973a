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

        // The delegate received the letter as an attachment, and can download the same letter again.
        var attachment = await LetterMailedToAsync("siti.rahman.my@demo.dialogueops.test");
        Assert.Equal($"invitation-letter-{letter.ReferenceNumber}.pdf", attachment.FileName);
        var download = await delegateClient.GetAsync($"/events/{VisaLetterFlow.Slug}/visa-letter?handler=Pdf");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var pdf = await download.Content.ReadAsByteArrayAsync();
        // The copy rendered on demand is byte for byte the letter that was issued and mailed.
        Assert.Equal(letter.DocumentHash, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf)).ToLowerInvariant());
        Assert.Equal(letter.DocumentHash, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(((MemoryStream)await ContentOfAsync(attachment)).ToArray())).ToLowerInvariant());
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

    private static async Task<Stream> ContentOfAsync(MimePart part)
    {
        var stream = new MemoryStream();
        await part.Content!.DecodeToAsync(stream);
        return stream;
    }

    /// <summary>The in-process SMTP server stores a message once its session ends, a moment after the page has answered.</summary>
    private async Task<MimePart> LetterMailedToAsync(string address)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var mail in factory.Smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == address)))
            {
                var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)));
                if (message.Attachments.OfType<MimePart>().FirstOrDefault() is { } pdf)
                {
                    return pdf;
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No letter was mailed to {address}.");
    }
}
