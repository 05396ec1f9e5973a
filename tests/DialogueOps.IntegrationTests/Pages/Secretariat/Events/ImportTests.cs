using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Dom;
using DialogueOps.Domain.Delegations;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.IntegrationTests.Pages.Organize.Events;
using DialogueOps.Web.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Secretariat.Events;

public class ImportTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Header = "Given name,Family name,Email,Nationality,Delegation,Category,Position,Organization,Hotel";

    private async Task<(HttpClient Client, int EventId)> SecretariatAsync()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("secretariat"));
        return (client, await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync()));
    }

    private static async Task<IDocument> UploadAsync(HttpClient client, int eventId, byte[] content, string fileName)
    {
        var page = await client.GetPageAsync($"/secretariat/events/{eventId}/participants/import");
        var token = page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        var uploaded = await client.PostAsync($"/secretariat/events/{eventId}/participants/import?handler=Upload", form);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var mapping = await client.GetPageAsync(uploaded.Headers.Location!.OriginalString);
        Assert.True(mapping.QuerySelector("#mapping-form") is not null, mapping.QuerySelector("main")?.TextContent);
        return mapping;
    }

    private static byte[] Csv(params string[] lines) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))];

    /// <summary>Starts the import from the checked page and follows its progress handler, as the page's script does, until it ends.</summary>
    private static async Task<IDocument> ImportAsync(HttpClient client, IDocument checkedPage, Dictionary<string, string?>? values = null)
    {
        var started = await client.SubmitAsync(checkedPage, "#mapping-form", values ?? [], "#import");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var url = started.Headers.Location!.OriginalString;
        var progress = new Uri(new Uri("http://localhost"), url).PathAndQuery.Replace("/import?", "/import?handler=Progress&", StringComparison.Ordinal);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var state = await client.GetFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>(progress);
            if (state!["finished"].GetBoolean())
            {
                return await client.GetPageAsync(url);
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The import did not finish within a minute.");
    }

    [Fact]
    public async Task A_csv_is_checked_row_by_row_the_valid_rows_are_imported_and_the_rest_come_back_with_their_problem()
    {
        var (client, eventId) = await SecretariatAsync();
        var file = Csv(Header,
            "Budi,Santoso,budi.santoso@import.test,ID,ID,Observer,Researcher,CSIS Indonesia,Hotel Mulia",
            "Thảo,Nguyễn,thao.nguyen@import.test,Vietnam,Viet Nam,Observer,Lecturer,\"Hanoi University, Faculty of Law\",",
            "Broken,Address,not-an-email,MY,MY,Observer,,,",
            "Nobody,Knows,nobody@import.test,Atlantis,Atlantis,Observer,,,",
            "Budi,Again,budi.santoso@import.test,ID,ID,Observer,,,",
            "Siti,Rahman,siti.rahman.my@demo.dialogueops.test,MY,MY,Expert,,,",
            "Far,Away,far.away@import.test,US,US,Observer,,,");

        var mapping = await UploadAsync(client, eventId, file, "people.csv");
        Assert.Equal("Given name", mapping.QuerySelector("#map-0 option[selected]")!.TextContent);
        Assert.Equal("Country represented", mapping.QuerySelector("#map-4 option[selected]")!.TextContent);
        var checkedPage = await Browser.ParseAsync(await client.SubmitAsync(mapping, "#mapping-form", new Dictionary<string, string?>(), "button[formaction*='handler=Check']"));

        Assert.True(checkedPage.QuerySelector("#check-summary") is not null, checkedPage.QuerySelector("main")?.TextContent ?? checkedPage.Source.Text);
        Assert.Equal("2 rows will be imported; 5 will not.", checkedPage.QuerySelector("#check-summary")!.TextContent);
        var problems = checkedPage.QuerySelector("#rejected-rows")!.TextContent;
        foreach (var expected in new[] { "Not a valid email address.", "Unknown country: Atlantis.", "The same email is on an earlier row of this file.",
                     "Already registered for the event.", "This event has no delegation for United States." })
        {
            Assert.Contains(expected, problems, StringComparison.Ordinal);
        }

        var done = await ImportAsync(client, checkedPage);

        Assert.Equal("Imported 2 participants; 5 rows left out.", done.QuerySelector("#job-text")!.TextContent);
        var thao = await factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Email == "thao.nguyen@import.test"));
        Assert.Equal("Thảo", thao.GivenName);
        Assert.Equal(ParticipantStatus.Nominated, thao.Status);
        Assert.Equal("VN", thao.Nationality);
        Assert.NotNull(thao.DelegationId);
        Assert.Equal("Hanoi University, Faculty of Law", await factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == thao.OrganizationId).Select(o => o.Name).SingleAsync()));
        Assert.Equal("Hotel Mulia", await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "budi.santoso@import.test").Select(p => p.Hotel).SingleAsync()));
        var invitation = await factory.WaitForMailAsync("budi.santoso@import.test", what: "the imported person's invitation");
        Assert.Contains("The secretariat registered you", invitation.TextBody ?? "", StringComparison.Ordinal);

        var rejected = await client.GetByteArrayAsync(done.QuerySelector("#rejected")!.GetAttribute("href")!);
        using var zip = new ZipArchive(new MemoryStream(rejected));
        var sheet = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("Problem", sheet, StringComparison.Ordinal);
        Assert.Contains("Unknown country: Atlantis.", sheet, StringComparison.Ordinal);
        Assert.Contains("not-an-email", sheet, StringComparison.Ordinal);

        // The same file again: everyone in it is there already, so nothing is added.
        var again = await UploadAsync(client, eventId, file, "people.csv");
        var recheck = await Browser.ParseAsync(await client.SubmitAsync(again, "#mapping-form", new Dictionary<string, string?>(), "button[formaction*='handler=Check']"));
        Assert.Equal("0 rows will be imported; 7 will not.", recheck.QuerySelector("#check-summary")!.TextContent);
        Assert.Null(recheck.QuerySelector("#import"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.Email == "budi.santoso@import.test")));
    }

    [Fact]
    public async Task An_xlsx_keeps_names_in_any_script_and_rows_over_a_delegation_quota_are_left_out()
    {
        var (client, eventId) = await SecretariatAsync();
        var (bruneiOfficials, quota) = await factory.WithDbAsync(async db =>
        {
            var bn = await db.Delegations.SingleAsync(d => d.EventId == eventId && d.CountryCode == "LA");
            return (await db.Participants.CountAsync(p => p.DelegationId == bn.Id && p.Category == ParticipantCategory.Official && Participant.HoldingPlace.Contains(p.Status)),
                bn.QuotaFor(ParticipantCategory.Official)!.Value);
        });
        var room = quota - bruneiOfficials;
        var rows = new List<string?[]> { new[] { "Wenjun", "Li", "Family name first", "李文君", "li.wenjun@xlsx.test", "CN", "China", "Expert" } };
        rows.AddRange(Enumerable.Range(1, room + 1).Select(i => new[] { $"Official{i}", "Phommachanh", "Given name first", null, $"official{i}@xlsx.test", "LA", "LA", "Official" }));
        var xlsx = await ParticipantExports.XlsxAsync(rows, CancellationToken.None,
            ["Given name", "Family name", "Name order", "Name in native script", "Email", "Nationality", "Delegation", "Category"]);

        var mapping = await UploadAsync(client, eventId, xlsx, "delegates.xlsx");
        var checkedPage = await Browser.ParseAsync(await client.SubmitAsync(mapping, "#mapping-form", new Dictionary<string, string?>(), "button[formaction*='handler=Check']"));
        Assert.Equal($"{room + 1} rows will be imported; 1 will not.", checkedPage.QuerySelector("#check-summary")!.TextContent);
        Assert.Contains("Over the quota: Lao PDR, Official", checkedPage.QuerySelector("#rejected-rows")!.TextContent, StringComparison.Ordinal);

        await ImportAsync(client, checkedPage, new Dictionary<string, string?> { ["Invite"] = null });

        var li = await factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Email == "li.wenjun@xlsx.test"));
        Assert.Equal("李文君", li.NativeName);
        Assert.Equal(NameOrder.FamilyFirst, li.NameOrder);
        Assert.Equal("Li Wenjun", li.LatinName);
        Assert.Equal(quota, await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.Nationality == "LA" && p.Category == ParticipantCategory.Official
            && Participant.HoldingPlace.Contains(p.Status))));
    }

    [Fact]
    public async Task Five_thousand_rows_import_into_a_new_event_in_one_run_with_progress()
    {
        var organizer = factory.CreateBrowser();
        await organizer.SignInAsync(Browser.Demo("organizer"));
        var eventId = await NewEvent.CreateAsync(factory, organizer, "bulk-import-2028", "Bulk Import Forum 2028", capacity: 6000);
        await organizer.SubmitAsync($"/organize/events/{eventId}/team", "#grant", new Dictionary<string, string?>
        {
            ["Input.Email"] = "secretariat@demo.dialogueops.test", ["Input.Kind"] = "Secretariat",
        });
        var (client, _) = await SecretariatAsync();
        var lines = new List<string> { "Given name,Family name,Email,Nationality,Category" };
        lines.AddRange(Enumerable.Range(1, 5000).Select(i => $"Person{i},Tester,person{i}@five-thousand.test,{(i % 2 == 0 ? "TH" : "MY")},Observer"));

        var mapping = await UploadAsync(client, eventId, Csv([.. lines]), "five-thousand.csv");
        var checkedPage = await Browser.ParseAsync(await client.SubmitAsync(mapping, "#mapping-form", new Dictionary<string, string?>(), "button[formaction*='handler=Check']"));
        Assert.Equal("5000 rows will be imported; 0 will not.", checkedPage.QuerySelector("#check-summary")!.TextContent);
        Assert.Equal(ImportModelShown, checkedPage.QuerySelectorAll("#valid-rows tbody tr").Length);

        var done = await ImportAsync(client, checkedPage, new Dictionary<string, string?> { ["Invite"] = null });

        Assert.Equal("Imported 5000 participants; 0 rows left out.", done.QuerySelector("#job-text")!.TextContent);
        Assert.Equal(5000, await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.EventId == eventId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientEmail.EndsWith("@five-thousand.test"))));
        var list = await client.GetPageAsync($"/secretariat/events/{eventId}/participants");
        Assert.Equal("5000", list.QuerySelector("#total")!.TextContent);
    }

    private const int ImportModelShown = DialogueOps.Web.Pages.Secretariat.Events.ImportModel.Shown;
}
