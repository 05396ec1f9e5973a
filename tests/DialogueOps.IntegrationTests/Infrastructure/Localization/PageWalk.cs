using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DialogueOps.IntegrationTests.Infrastructure.Localization;

/// <summary>The app with a localizer that remembers every string asked for and not found in the resources.</summary>
public sealed class RecordingFactory : DialogueOpsFactory
{
    public ConcurrentDictionary<string, string> NotFound { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var original = services.Single(s => s.ServiceType == typeof(IStringLocalizerFactory));
            services.Remove(original);
            services.AddSingleton(original.ImplementationType!);
            services.AddSingleton<IStringLocalizerFactory>(sp => new RecordingLocalizerFactory((IStringLocalizerFactory)sp.GetRequiredService(original.ImplementationType!), NotFound));
        });
    }

    private sealed class RecordingLocalizerFactory(IStringLocalizerFactory inner, ConcurrentDictionary<string, string> notFound) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new Recording(inner.Create(resourceSource), notFound);

        public IStringLocalizer Create(string baseName, string location) => new Recording(inner.Create(baseName, location), notFound);
    }

    private sealed class Recording(IStringLocalizer inner, ConcurrentDictionary<string, string> notFound) : IStringLocalizer
    {
        public LocalizedString this[string name] => Note(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Note(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Note(LocalizedString value)
        {
            if (value.ResourceNotFound)
            {
                notFound.TryAdd(value.Name, value.SearchedLocation ?? "");
            }

            return value;
        }
    }
}

/// <summary>
/// Every page of the app (from the endpoint data source, so a new page is walked without being listed), opened in
/// the given culture by each demo account until one may see it, with route values taken from the demo dialogue.
/// </summary>
public static class PageWalk
{
    public sealed record Visit(string Route, string Url, string Account, IDocument Page, HttpClient Client);

    private static readonly string[] Accounts = ["admin", "delegate", "focalpoint.my", "checkin", "organizer", "secretariat", ""];

    public static IReadOnlyList<string> PageRoutes(DialogueOpsFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Pages that need state the walk does not create; each says why. A new page that cannot be reached fails the walk.</summary>
    public static readonly IReadOnlyDictionary<string, string> NeedState = new Dictionary<string, string>
    {
        ["/Culture"] = "switches the language and redirects; no page of its own",
        ["/Identity/Account/ConfirmEmail"] = "needs a user id and a token from the confirmation email",
        ["/Identity/Account/ConfirmEmailChange"] = "needs a token from the email-change email",
        ["/Identity/Account/ExternalLogin"] = "no external sign-in provider is configured",
        ["/Identity/Account/Manage/ExternalLogins"] = "no external sign-in provider is configured, so the page answers 404",
        ["/Identity/Account/LoginWith2fa"] = "needs a sign-in half done with two-factor on",
        ["/Identity/Account/LoginWithRecoveryCode"] = "needs a sign-in half done with two-factor on",
        ["/Identity/Account/Manage/Disable2fa"] = "needs two-factor on",
        ["/Identity/Account/Manage/GenerateRecoveryCodes"] = "needs two-factor on",
        ["/Identity/Account/Manage/ShowRecoveryCodes"] = "shows codes just generated",
        ["/Identity/Account/Manage/DownloadPersonalData"] = "post-only: a JSON download",
        ["/Identity/Account/Manage/SetPassword"] = "only for accounts without a password",
        ["/events/{slug}/outcomes"] = "exists once the summary is published",
        ["/secretariat/events/{id:int}/participants/bulk"] = "answers a post from the participant list (the ticked people); opened directly it redirects there",
    };

    /// <summary>Query strings some pages need to render at all.</summary>
    private static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        ["/Identity/Account/ResetPassword"] = "?code=walk",
        ["/Identity/Account/RegisterConfirmation"] = "?email=delegate%40demo.dialogueops.test",
    };

    public static async Task<(IReadOnlyList<Visit> Visits, IReadOnlyList<string> Unreached)> WalkAsync(DialogueOpsFactory factory, string culture,
        IReadOnlyDictionary<string, string>? routeValues = null)
    {
        var values = routeValues ?? await RouteValuesAsync(factory);
        var clients = new Dictionary<string, HttpClient>();
        foreach (var account in Accounts)
        {
            var client = factory.CreateBrowser();
            client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{culture}%7Cuic%3D{culture}");
            if (account.Length > 0)
            {
                await client.SignInAsync(Browser.Demo(account));
            }

            clients[account] = client;
        }

        var visits = new List<Visit>();
        var unreached = new List<string>();
        foreach (var route in PageRoutes(factory))
        {
            var url = Fill(route, values) + Queries.GetValueOrDefault(route, "");
            var reached = false;
            foreach (var account in Accounts)
            {
                var response = await clients[account].GetAsync(url);
                // The verification page answers an unknown code with 404 and a page a consulate reads: walk it too.
                var answered = response.StatusCode == HttpStatusCode.OK || (route.StartsWith("/verify/", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.NotFound);
                if (answered && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    visits.Add(new Visit(route, url, account, await Browser.ParseAsync(response), clients[account]));
                    reached = true;
                    break;
                }
            }

            if (!reached)
            {
                unreached.Add(route);
            }
        }

        return (visits, unreached);
    }

    public static string Fill(string route, IReadOnlyDictionary<string, string> values)
    {
        var url = System.Text.RegularExpressions.Regex.Replace(route, @"\{(\*?)(?<name>[A-Za-z]+)(?<constraint>:[^}?]*)?(?<optional>\?)?\}", m =>
            values.TryGetValue(m.Groups["name"].Value, out var value) && !(m.Groups["constraint"].Value == ":int" && !value.All(char.IsAsciiDigit))
                ? value
                : m.Groups["optional"].Success ? "" : "404");
        return url.Length > 1 ? url.TrimEnd('/') : url;
    }

    /// <summary>Route values from the demo dialogue; delegation routes point at <paramref name="delegationCountry"/>'s delegation.</summary>
    public static Task<Dictionary<string, string>> RouteValuesAsync(DialogueOpsFactory factory, string delegationCountry = "MY") => factory.WithDbAsync(async db =>
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == "cattn-ai-dialogue-2027");
        var closing = await db.Sessions.Where(s => s.EventId == ev.Id && s.Title.StartsWith("Closing")).Select(s => s.Id).SingleAsync();
        var visit = await db.SiteVisits.Where(v => v.EventId == ev.Id).OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        var request = await db.VisaLetterRequests.Where(r => r.EventId == ev.Id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var code = await db.VisaLetterRequests.OrderBy(r => r.Id).Select(r => r.VerificationCode).FirstAsync();
        var participant = await db.Participants.Where(p => p.EventId == ev.Id).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var delegation = await db.Delegations.Where(d => d.EventId == ev.Id && d.CountryCode == delegationCountry).Select(d => d.Id).SingleAsync();
        // An account nobody signs in with: the walkers' posts to the account pages (lock, reset two-factor) change no session.
        const string target = "walk.target@walk.test";
        var account = await db.Users.Where(u => u.Email == target).Select(u => u.Id).SingleOrDefaultAsync();
        if (account is null)
        {
            var user = new DialogueOps.Domain.Identity.ApplicationUser
            {
                UserName = target, NormalizedUserName = target.ToUpperInvariant(), Email = target, NormalizedEmail = target.ToUpperInvariant(),
                DisplayName = "Walk target", SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            account = user.Id;
        }

        // An announcement already written (no recipients' rows: nothing goes out), so its page can be walked.
        var announcement = await db.Announcements.Where(a => a.EventId == ev.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync();
        if (announcement is null)
        {
            var written = new DialogueOps.Domain.Notifications.Announcement(ev.Id, "Shuttle times", "Dear {name}, the shuttle leaves at 08:00.", "班车时间", "{name}，班车8:00出发。",
                DialogueOps.Domain.Notifications.AnnouncementAudience.AllConfirmed, null, "Everyone confirmed", account, DateTime.UtcNow, DateTime.UtcNow);
            written.Address(1);
            db.Announcements.Add(written);
            await db.SaveChangesAsync();
            announcement = written.Id;
        }

        return new Dictionary<string, string>
        {
            ["id"] = ev.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["announcementId"] = announcement.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["eventId"] = ev.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["delegationId"] = delegation.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["slug"] = ev.Slug,
            ["sessionId"] = closing.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["visitId"] = visit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["requestId"] = request.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["participantId"] = participant.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["code"] = code,
            ["userId"] = account,
        };
    });
}
