using AngleSharp.Dom;
using System.Net;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Organize.Events;

public class DelegationsTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_delegation_is_added_given_quotas_and_a_focal_point_then_deleted()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync());
        var url = $"/organize/events/{eventId}/delegations";

        var added = await client.SubmitAsync(url, "main form:not([data-confirm])", new Dictionary<string, string?> { ["Input.CountryCode"] = "BN" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var delegationUrl = added.Headers.Location!.OriginalString;

        var saved = await client.SubmitAsync(delegationUrl, "form[action*='handler=Settings']", new Dictionary<string, string?> { ["Settings.Quotas[0].Max"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var unknown = await client.SubmitAsync(delegationUrl, "form[action*='handler=AddFocalPoint']",
            new Dictionary<string, string?> { ["FocalPoint.Email"] = "nobody@example.org" });
        var known = await client.SubmitAsync(delegationUrl, "form[action*='handler=AddFocalPoint']",
            new Dictionary<string, string?> { ["FocalPoint.Email"] = Browser.Demo("delegate") });

        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);  // invited: an account without a password, and a mail to choose one
        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "nobody@example.org" && u.PasswordHash == null)));
        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        var delegation = await factory.WithDbAsync(db => db.Delegations.SingleAsync(d => d.EventId == eventId && d.CountryCode == "BN"));
        Assert.Equal(2, delegation.QuotaFor(DialogueOps.Domain.Delegations.ParticipantCategory.Official));
        Assert.True(await factory.WithDbAsync(db => db.EventGrants.AnyAsync(g => g.DelegationId == delegation.Id && g.Kind == GrantKind.FocalPoint)));

        var list = await client.GetPageAsync(url);
        Assert.DoesNotContain(list.QuerySelectorAll("#Input_CountryCode option"), o => o.GetAttribute("value") == "BN");
        await client.SubmitAsync(list, $"form[action*='delegationId={delegation.Id}']", new Dictionary<string, string?>());
        Assert.False(await factory.WithDbAsync(db => db.Delegations.AnyAsync(d => d.Id == delegation.Id)));
        Assert.False(await factory.WithDbAsync(db => db.EventGrants.AnyAsync(g => g.DelegationId == delegation.Id)));
    }

    [Fact]
    public async Task A_delegation_with_members_is_not_deleted()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("organizer"));
        var (eventId, thailand) = await factory.WithDbAsync(async db =>
        {
            var d = await db.Delegations.Where(x => x.CountryCode == "TH").Select(x => new { x.EventId, x.Id }).SingleAsync();
            return (d.EventId, d.Id);
        });

        var response = await client.SubmitAsync($"/organize/events/{eventId}/delegations", $"form[action*='delegationId={thailand}']", new Dictionary<string, string?>());
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("The delegation has members", page.QuerySelector("[role=status]")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.Delegations.AnyAsync(d => d.Id == thailand)));
    }
}
