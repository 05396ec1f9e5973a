using System.Net;
using AngleSharp.Dom;
using DialogueOps.IntegrationTests.Infrastructure;

namespace DialogueOps.IntegrationTests.Infrastructure.Links;

/// <summary>
/// Every link is a promise: signed in as each kind of person, start from the home page and the landing pages and follow
/// every same-site link and form action the app renders (GET only, so nothing is changed), failing on an empty href,
/// a 404 for a link the app itself rendered, or any server error.
/// </summary>
public sealed class LinkCrawlerTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const int MaxRequests = 350;
    private const int MaxVariantsPerPath = 3;

    private static readonly string[] StartPages = ["/", "/me/itinerary", "/me/profile", "/me/data", "/delegations", "/secretariat", "/organize", "/checkin", "/admin/audit"];

    private const string Anonymous = "anonymous";

    /// <summary>The demo delegate is also the closing session's rapporteur.</summary>
    public static TheoryData<string> People => new() { Anonymous, "delegate", "focalpoint.my", "checkin", "secretariat", "organizer", "admin" };

    [Theory]
    [MemberData(nameof(People))]
    public async Task Every_link_and_form_action_a_person_can_see_leads_to_a_page(string person)
    {
        var client = factory.CreateBrowser();
        if (person != Anonymous)
        {
            await client.SignInAsync(Browser.Demo(person));
        }

        var problems = new List<string>();
        var queue = new Queue<(string Url, string From)>(StartPages.Select(p => (p, "(start)")));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var variants = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var requests = 0;
        while (queue.Count > 0 && requests < MaxRequests)
        {
            var (url, from) = queue.Dequeue();
            var path = url.Split('?', '#')[0];
            if (!seen.Add(url) || variants.GetValueOrDefault(path) >= MaxVariantsPerPath)
            {
                continue;
            }

            variants[path] = variants.GetValueOrDefault(path) + 1;
            requests++;
            using var response = await client.GetAsync(url);
            var status = (int)response.StatusCode;
            if (status >= 500 || (response.StatusCode == HttpStatusCode.NotFound && from != "(start)"))
            {
                problems.Add($"{from} → {url}: {status}");
                continue;
            }

            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
                && SameSite(response.Headers.Location?.OriginalString) is { } next)
            {
                queue.Enqueue((next, url));
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await Browser.ParseAsync(response);
            foreach (var link in page.QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (string.IsNullOrWhiteSpace(href))
                {
                    problems.Add($"{url}: a link with an empty href (“{link.TextContent.Trim()}”)");
                }
                else if (SameSite(href) is { } target)
                {
                    queue.Enqueue((target, url));
                }
            }

            foreach (var form in page.QuerySelectorAll("form"))
            {
                var action = form.GetAttribute("action");
                if (action is not null && string.IsNullOrWhiteSpace(action))
                {
                    problems.Add($"{url}: a form with an empty action");
                }
                else if (SameSite(action) is { } target)
                {
                    // A post is never sent (it could change something); the page it posts to must exist all the same.
                    var isGet = string.Equals(form.GetAttribute("method") ?? "get", "get", StringComparison.OrdinalIgnoreCase);
                    queue.Enqueue((isGet ? target : target.Split('?')[0], url));
                }
            }
        }

        Assert.True(requests > (person == Anonymous ? 5 : 15), $"only {requests} pages were reached");
        Assert.Empty(problems);
    }

    /// <summary>The app-relative URL of a same-site link, or null for other sites, fragments, mail links and the job dashboard.</summary>
    private static string? SameSite(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        // On Linux "/events/x" also parses as an absolute file: URI, so only links with a scheme are absolute here.
        if (!href.StartsWith('/') && Uri.TryCreate(href, UriKind.Absolute, out var absolute))
        {
            if (absolute.Scheme is not ("http" or "https") || absolute.Host != "localhost")
            {
                return null;
            }

            href = absolute.PathAndQuery;
        }

        href = WebUtility.HtmlDecode(href);
        return !href.StartsWith('/') || href.StartsWith("/hangfire", StringComparison.OrdinalIgnoreCase) || href.StartsWith("/lib/", StringComparison.Ordinal)
            ? null
            : href;
    }
}
