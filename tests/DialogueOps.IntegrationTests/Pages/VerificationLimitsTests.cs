using System.Net;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using DialogueOps.IntegrationTests.Features.VisaLetters;

namespace DialogueOps.IntegrationTests.Pages;

public class VerificationLimitsTests(StrictFactory factory) : IClassFixture<StrictFactory>
{
    [Fact]
    public async Task Walking_through_verification_codes_is_cut_off_with_429()
    {
        var client = factory.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await client.GetAsync($"/verify/{Guid.NewGuid():N}")).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    [Fact]
    public async Task After_the_deadline_a_request_is_refused_with_a_clear_message()
    {
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Events\" SET \"VisaRequestDeadline\" = '2020-01-01 00:00:00' WHERE \"Slug\" = 'cattn-ai-dialogue-2027'"));
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("delegate"));

        var page = await client.GetPageAsync($"/events/{VisaLetterFlow.Slug}/visa-letter");
        var post = await client.PostAsync($"/events/{VisaLetterFlow.Slug}/visa-letter", new FormUrlEncodedContent(
            VisaLetterFlow.ValidRequest().Select(v => new KeyValuePair<string, string>(v.Key, v.Value ?? ""))
                .Append(new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? ""))));

        Assert.Null(page.QuerySelector("#visa-form"));
        Assert.Contains("deadline for visa-letter requests has passed", page.QuerySelector("#deadline-passed")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.VisaLetterRequests.AnyAsync(r => r.NameAsInPassport.StartsWith("SITI"))));
    }
}
