using System.Net;
using System.Text;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using UglyToad.PdfPig;

namespace DialogueOps.IntegrationTests.Features.VisaLetters;

/// <summary>Privacy and authorization around one open request of the demo delegate, shared by the tests of this class.</summary>
public class VisaLetterTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task The_passport_number_and_date_of_birth_never_reach_the_database_file_in_clear_text()
    {
        await VisaLetterFlow.RequestAsDelegateAsync(factory);

        await using var connection = new SqliteConnection($"Data Source={factory.DatabaseFile};Mode=ReadOnly;Pooling=false");
        await connection.OpenAsync();
        var stored = new StringBuilder();
        foreach (var table in new[] { "PassportDetails", "VisaLetterRequests" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    stored.Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
            }
        }

        Assert.Contains("SITI NURHALIZA BINTI RAHMAN", stored.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(VisaLetterFlow.PassportNumber, stored.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1985-03-14", stored.ToString(), StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(factory.DatabaseFile);
        Assert.DoesNotContain(VisaLetterFlow.PassportNumber, Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_staff_view_of_a_passport_is_in_the_audit_log_which_only_administrators_can_read()
    {
        var eventId = await VisaLetterFlow.EventIdAsync(factory);
        var (_, requestId) = await VisaLetterFlow.RequestAsDelegateAsync(factory);
        var participantId = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == requestId).Select(r => r.ParticipantId).SingleAsync());
        var secretariat = await VisaLetterFlow.SecretariatAsync(factory);
        var secretariatId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Browser.Demo("secretariat")).Select(u => u.Id).SingleAsync());
        int Views() => factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "passport.viewed" && a.UserId == secretariatId
            && a.EntityType == "Participant" && a.EntityId == participantId.ToString(System.Globalization.CultureInfo.InvariantCulture))).GetAwaiter().GetResult();
        var before = Views();

        await secretariat.GetPageAsync($"/secretariat/events/{eventId}/visa-letters/{requestId}");
        await secretariat.GetPageAsync($"/secretariat/events/{eventId}/visa-letters/{requestId}");

        Assert.Equal(before + 2, Views());
        var denied = await secretariat.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var admin = factory.CreateBrowser();
        await admin.SignInAsync(Browser.Demo("admin"));
        var log = await admin.GetPageAsync($"/admin/audit?action=passport.viewed&participant={participantId}");
        var rows = log.QuerySelectorAll("#audit tbody tr");
        Assert.True(rows.Length >= 2);
        Assert.Contains(Browser.Demo("secretariat"), rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delegate_cannot_reach_another_persons_request_or_letter_and_anonymous_cannot_reach_the_queue()
    {
        var eventId = await VisaLetterFlow.EventIdAsync(factory);
        var someoneElses = await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.NameAsInPassport.StartsWith("SANTOS")).Select(r => r.Id).SingleAsync());
        var delegateClient = factory.CreateBrowser();
        await delegateClient.SignInAsync(Browser.Demo("delegate"));

        foreach (var url in new[]
                 {
                     $"/secretariat/events/{eventId}/visa-letters/{someoneElses}",
                     $"/secretariat/events/{eventId}/visa-letters/{someoneElses}?handler=Pdf",
                     $"/secretariat/events/{eventId}/visa-letters",
                 })
        {
            var response = await delegateClient.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} gave {(int)response.StatusCode}");
        }

        var approve = await delegateClient.PostAsync($"/secretariat/events/{eventId}/visa-letters/{someoneElses}?handler=Approve", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal(VisaLetterStatus.Approved, await factory.WithDbAsync(db => db.VisaLetterRequests.Where(r => r.Id == someoneElses).Select(r => r.Status).SingleAsync()));

        var anonymous = await factory.CreateBrowser().GetAsync($"/secretariat/events/{eventId}/visa-letters");
        Assert.Contains("/Identity/Account/Login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var wrongEvent = await (await VisaLetterFlow.SecretariatAsync(factory)).GetAsync($"/secretariat/events/{eventId}/visa-letters/{someoneElses + 10_000}");
        Assert.Equal(HttpStatusCode.NotFound, wrongEvent.StatusCode);
    }

    [Fact]
    public async Task A_focal_point_sees_the_letter_status_of_members_but_never_their_passport_data()
    {
        var (_, requestId) = await VisaLetterFlow.RequestAsDelegateAsync(factory);
        var (eventId, malaysia) = await factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == VisaLetterFlow.Slug);
            return (ev.Id, await db.Delegations.Where(d => d.EventId == ev.Id && d.CountryCode == "MY").Select(d => d.Id).SingleAsync());
        });
        var focalPoint = factory.CreateBrowser();
        await focalPoint.SignInAsync(Browser.Demo("focalpoint.my"));

        var response = await focalPoint.GetAsync($"/events/{eventId}/delegations/{malaysia}/members");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Browser.ParseAsync(response);

        var siti = page.QuerySelectorAll("#members tbody tr").Single(r => r.TextContent.Contains("Siti", StringComparison.Ordinal));
        Assert.NotEqual("—", siti.QuerySelector(".visa-status")!.TextContent.Trim());
        Assert.DoesNotContain(VisaLetterFlow.PassportNumber, html, StringComparison.Ordinal);
        Assert.DoesNotContain("1985", html, StringComparison.Ordinal);
        var review = await focalPoint.GetAsync($"/secretariat/events/{eventId}/visa-letters/{requestId}");
        Assert.NotEqual(HttpStatusCode.OK, review.StatusCode);
    }
}
