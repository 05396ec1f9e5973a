using System.Net;
using DialogueOps.Domain.Delegations;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.IntegrationTests.Pages.Secretariat.Events;

/// <summary>The secretariat works for people who write in instead of signing in: adds them, moves them, keeps their travel.</summary>
public class OnBehalfTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private async Task<(HttpClient Client, int EventId)> SecretariatAsync()
    {
        var client = factory.CreateBrowser();
        await client.SignInAsync(Browser.Demo("secretariat"));
        return (client, await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == "cattn-ai-dialogue-2027").Select(e => e.Id).SingleAsync()));
    }

    /// <summary>Observers by default: no delegation quota, so the tests of this class do not fill one for each other in any order.</summary>
    private static Dictionary<string, string?> Person(string given, string family, string email, string country, bool consent, string category = "Observer") => new()
    {
        ["Email"] = email, ["Input.GivenName"] = given, ["Input.FamilyName"] = family, ["Input.Position"] = "Research Fellow",
        ["Input.Organization"] = "Institute of Strategic and International Studies", ["Input.Nationality"] = country, ["Input.CountryRepresented"] = country,
        ["Input.Category"] = category, ["Input.Hotel"] = "Hilton Shenzhen Shekou Nanhai", ["ConsentReceived"] = consent ? "true" : null,
    };

    [Fact]
    public async Task A_person_added_by_hand_without_an_account_is_invited_and_waits_for_their_own_consent()
    {
        var (client, eventId) = await SecretariatAsync();
        var url = $"/secretariat/events/{eventId}/participants/new";

        var added = await client.SubmitAsync(url, "#add-participant-form", Person("Lim", "Boon Hock", "lim.boonhock@example.my", "MY", consent: false));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var lim = await factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Email == "lim.boonhock@example.my"));
        Assert.Equal(ParticipantStatus.Nominated, lim.Status);
        Assert.Null(lim.UserId);
        Assert.Null(lim.PrivacyConsentAt);
        Assert.Equal("Hilton Shenzhen Shekou Nanhai", lim.Hotel);
        Assert.NotNull(lim.DelegationId);
        var mail = await factory.WaitForMailAsync("lim.boonhock@example.my", what: "the invitation to claim the registration");
        Assert.Contains("The secretariat registered you", mail.TextBody ?? "", StringComparison.Ordinal);
        Assert.Contains("accept the registration and the privacy notice", mail.TextBody ?? "", StringComparison.Ordinal);
        var page = await client.GetPageAsync(added.Headers.Location!.OriginalString);
        Assert.Equal("Nominated", page.QuerySelector("#status")!.TextContent);
        Assert.Contains("Added by the secretariat", page.Text(), StringComparison.Ordinal);

        var twice = await client.SubmitAsync(url, "#add-participant-form", Person("Lim", "Boon Hock", "lim.boonhock@example.my", "MY", consent: false));
        var refusal = await Browser.ParseAsync(twice);
        Assert.Contains("already registered for the event", refusal.Text(), StringComparison.Ordinal);
        Assert.NotNull(refusal.QuerySelector($"a[href$='/participants/{lim.Id}']"));
    }

    [Fact]
    public async Task A_person_added_with_consent_on_paper_can_be_confirmed_at_once()
    {
        var (client, eventId) = await SecretariatAsync();

        var added = await client.SubmitAsync($"/secretariat/events/{eventId}/participants/new", "#add-participant-form",
            Person("Dewi", "Lestari", "dewi.lestari@example.id", "ID", consent: true));
        var confirmed = await client.SubmitAsync(added.Headers.Location!.OriginalString, "#decision-form", new Dictionary<string, string?>(), "button[value=Confirmed]");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var dewi = await factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Email == "dewi.lestari@example.id"));
        Assert.Equal(ParticipantStatus.Confirmed, dewi.Status);
        Assert.NotNull(dewi.PrivacyConsentAt);
    }

    [Fact]
    public async Task Moving_someone_into_a_full_quota_needs_the_secretariat_to_say_so_and_the_history_keeps_the_reason()
    {
        var (client, eventId) = await SecretariatAsync();
        var (person, vietnam) = await factory.WithDbAsync(async db =>
        {
            var vn = await db.Delegations.SingleAsync(d => d.EventId == eventId && d.CountryCode == "VN");
            var officials = await db.Participants.CountAsync(p => p.DelegationId == vn.Id && p.Category == ParticipantCategory.Official
                && Participant.HoldingPlace.Contains(p.Status));
            vn.SetQuota(ParticipantCategory.Official, officials);
            await db.SaveChangesAsync();
            var mover = await db.Participants.Where(p => p.EventId == eventId && p.Status == ParticipantStatus.Confirmed && p.Category == ParticipantCategory.Expert
                && p.DelegationId != vn.Id && p.UserId == null).OrderBy(p => p.Id).FirstAsync();
            return (mover.Id, vn.Id);
        });
        var url = $"/secretariat/events/{eventId}/participants/{person}/edit";
        var move = new Dictionary<string, string?> { ["Move.Category"] = "Official", ["Move.DelegationId"] = vietnam.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Move.Reason"] = "" };

        var withoutReason = await Browser.ParseAsync(await client.SubmitAsync(url, "#move-form", move));
        move["Move.Reason"] = "Seconded to the Vietnamese delegation as an official";
        var full = await Browser.ParseAsync(await client.SubmitAsync(url, "#move-form", move));
        move["Move.OverQuota"] = "true";
        var moved = await client.SubmitAsync(url, "#move-form", move);

        Assert.Contains("Give a reason", withoutReason.Text(), StringComparison.Ordinal);
        Assert.Contains("That quota is full", full.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Id == person));
        Assert.Equal(vietnam, after.DelegationId);
        Assert.Equal(ParticipantCategory.Official, after.Category);
        Assert.Equal(ParticipantStatus.Confirmed, after.Status);
        var page = await client.GetPageAsync($"/secretariat/events/{eventId}/participants/{person}");
        Assert.Matches(@"\(Expert, [^→]+ → Official, Viet ?[Nn]am: Seconded to the Vietnamese delegation as an official\)", page.Text());
        Assert.Equal("Vietnam", page.QuerySelector("#delegation")!.TextContent.Replace("Viet Nam", "Vietnam", StringComparison.Ordinal));
        var counters = await factory.WithDbAsync(db => db.CapacityCounters.Where(c => c.EventId == eventId).ToDictionaryAsync(c => c.Scope, c => c.Used));
        var vnQuota = await factory.WithDbAsync(db => db.Delegations.Where(d => d.Id == vietnam).Select(d => d.Quotas.First(q => q.Category == ParticipantCategory.Official).Max).SingleAsync());
        Assert.Equal(vnQuota + 1, counters[$"quota:{vietnam}:Official"]);
    }

    [Fact]
    public async Task The_secretariat_sets_a_hotel_and_flights_and_the_participant_sees_them_in_the_itinerary()
    {
        var (client, eventId) = await SecretariatAsync();
        var siti = await factory.WithDbAsync(db => db.Participants.Where(p => p.Email == "siti.rahman.my@demo.dialogueops.test").Select(p => p.Id).SingleAsync());
        var url = $"/secretariat/events/{eventId}/participants/{siti}/edit";

        var saved = await client.SubmitAsync(url, "#details-form", new Dictionary<string, string?>
        {
            ["Details.Hotel"] = "Futian Shangri-La, Shenzhen", ["Details.ArrivalFlight"] = "MH 9988", ["Details.DietaryNeeds"] = "Halal",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Futian Shangri-La, Shenzhen", (await client.GetPageAsync($"/secretariat/events/{eventId}/participants/{siti}")).QuerySelector("#hotel")!.TextContent);
        var delegate_ = factory.CreateBrowser();
        await delegate_.SignInAsync(Browser.Demo("delegate"));
        var itinerary = await delegate_.GetPageAsync("/me/itinerary");
        Assert.Contains("Futian Shangri-La, Shenzhen", itinerary.Text(), StringComparison.Ordinal);
        Assert.Contains("MH 9988", itinerary.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_confirmation_previews_who_changes_and_what_is_refused_then_reports_one_summary()
    {
        var (client, eventId) = await SecretariatAsync();
        var add = $"/secretariat/events/{eventId}/participants/new";
        await client.SubmitAsync(add, "#add-participant-form", Person("Arif", "Budiman", "arif.budiman@bulk.example.id", "ID", consent: true));
        await client.SubmitAsync(add, "#add-participant-form", Person("Ratna", "Sari", "ratna.sari@bulk.example.id", "ID", consent: false));
        var list = await client.GetPageAsync($"/secretariat/events/{eventId}/participants?q=bulk.example.id");
        var ticks = list.QuerySelectorAll("#participants input[name=Ids]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(2, ticks.Count);

        foreach (var box in list.QuerySelectorAll("#participants input[name=Ids]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            box.IsChecked = true;
        }

        var preview = await Browser.ParseAsync(await client.SubmitAsync(list, "#bulk-form", new Dictionary<string, string?> { ["Decision"] = "Confirmed" }));
        Assert.Contains("1 of 2 people will change", preview.QuerySelector("#preview-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("has not yet accepted", preview.QuerySelector("#bulk-lines")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ParticipantStatus.Registered, await StatusOfAsync("arif.budiman@bulk.example.id"));

        var done = await Browser.ParseAsync(await client.SubmitAsync(preview, "#apply-form", new Dictionary<string, string?>()));

        Assert.Contains("done for 1 of 2 people; 1 refused", done.QuerySelector("#summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ParticipantStatus.Confirmed, await StatusOfAsync("arif.budiman@bulk.example.id"));
        Assert.NotEqual(ParticipantStatus.Confirmed, await StatusOfAsync("ratna.sari@bulk.example.id"));
    }

    [Fact]
    public async Task A_bulk_action_on_everyone_the_filter_matches_needs_no_ticks_and_nothing_ticked_is_explained()
    {
        var (client, eventId) = await SecretariatAsync();
        var list = await client.GetPageAsync($"/secretariat/events/{eventId}/participants?country=KH");

        var nothing = await Browser.ParseAsync(await client.SubmitAsync(list, "#bulk-form", new Dictionary<string, string?> { ["Decision"] = "Declined" }));
        var all = await Browser.ParseAsync(await client.SubmitAsync(list, "#bulk-form", new Dictionary<string, string?> { ["Decision"] = "Declined", ["AllMatching"] = "true" }));

        Assert.Contains("Tick at least one person", nothing.QuerySelector("#problem")!.TextContent, StringComparison.Ordinal);
        var cambodians = await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.EventId == eventId && p.Nationality == "KH"));
        Assert.Equal(cambodians, all.QuerySelectorAll("#bulk-lines tbody tr").Length);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Participants.CountAsync(p => p.EventId == eventId && p.Nationality == "KH" && p.Status == ParticipantStatus.Declined)));
    }

    private Task<ParticipantStatus> StatusOfAsync(string email) =>
        factory.WithDbAsync(db => db.Participants.Where(p => p.Email == email).Select(p => p.Status).SingleAsync());
}
