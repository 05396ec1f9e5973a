using System.Net;
using System.Reflection;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.IntegrationTests.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>Who someone is, for the matrix. Each is a real account of the demo (or one the fixture adds).</summary>
public enum Who
{
    Anonymous,
    Delegate,
    OtherCountryFocalPoint,
    Rapporteur,
    CheckInStaff,
    Secretariat,
    OtherEventOrganizer,
    Administrator,
}

/// <summary>What a person gets from a page.</summary>
public enum Outcome
{
    /// <summary>The page, a file, or a redirect onwards (not to sign-in or "access denied").</summary>
    Open,

    /// <summary>Sent to sign in.</summary>
    SignIn,

    /// <summary>Refused: 403, 404 or 400 (nothing of the resource is shown).</summary>
    Refused,

    /// <summary>Refused the old way, by a redirect to a page that answers 200: never acceptable any more (written "D").</summary>
    DeniedByRedirect,

    /// <summary>A server error: never acceptable.</summary>
    Error,

    /// <summary>Posts only: let in, and the empty form refused as bad input (400) or as an edit over a newer version (409). Written "B".</summary>
    BadInput,
}

/// <summary>
/// The demo dialogue plus what the matrix needs and the demo lacks: a delegate with no other part, and an organizer
/// of a second event. Route values point at resources of the demo event, and delegation routes at Thailand's
/// delegation, so the Malaysian focal point is a focal point "of another country" there.
/// </summary>
public sealed class MatrixFactory : DialogueOpsFactory
{
    public const string PlainDelegate = "plain.delegate@matrix.test";
    public const string OtherOrganizer = "other.organizer@matrix.test";

    private bool prepared;

    public async Task PrepareAsync()
    {
        if (prepared)
        {
            return;
        }

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<DialogueOps.Data.DialogueOpsDbContext>();
        foreach (var (email, role) in new[] { (PlainDelegate, Roles.Delegate), (OtherOrganizer, Roles.Organizer) })
        {
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            Assert.True((await users.CreateAsync(user, DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, role);
        }

        var other = Event.Create(new EventDetails("other-dialogue-2028", "Another Dialogue", null, null, "Hall", "Hanoi",
            "Asia/Ho_Chi_Minh", new DateOnly(2028, 3, 1), new DateOnly(2028, 3, 2), 50));
        db.Events.Add(other);
        await db.SaveChangesAsync();
        var organizer = await users.FindByEmailAsync(OtherOrganizer);
        db.EventGrants.Add(new EventGrant(organizer!.Id, other.Id, GrantKind.Organizer));
        await db.SaveChangesAsync();
        prepared = true;
    }

    public async Task<IReadOnlyDictionary<Who, HttpClient>> ClientsAsync()
    {
        var accounts = new Dictionary<Who, string?>
        {
            [Who.Anonymous] = null,
            [Who.Delegate] = PlainDelegate,
            [Who.OtherCountryFocalPoint] = Browser.Demo("focalpoint.my"),
            [Who.Rapporteur] = Browser.Demo("delegate"),
            [Who.CheckInStaff] = Browser.Demo("checkin"),
            [Who.Secretariat] = Browser.Demo("secretariat"),
            [Who.OtherEventOrganizer] = OtherOrganizer,
            [Who.Administrator] = Browser.Demo("admin"),
        };
        var clients = new Dictionary<Who, HttpClient>();
        foreach (var (who, email) in accounts)
        {
            var client = CreateBrowser();
            if (email is not null)
            {
                await client.SignInAsync(email);
            }

            clients[who] = client;
        }

        return clients;
    }

    /// <summary>Every GET of every page: the page itself and each named GET handler ("?handler=Pdf"), from the endpoints.</summary>
    public IReadOnlyList<(string Route, string? Handler)> GetTargets()
    {
        var targets = new List<(string, string?)>();
        foreach (var endpoint in Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            targets.Add((route, null));
            var model = ModelType(page);
            foreach (var handler in model?.GetMethods(BindingFlags.Public | BindingFlags.Instance) ?? [])
            {
                var name = handler.Name.StartsWith("OnGet", StringComparison.Ordinal) ? handler.Name[5..].Replace("Async", "", StringComparison.Ordinal) : "";
                if (name.Length > 0)
                {
                    targets.Add((route, name));
                }
            }
        }

        return targets.Distinct().OrderBy(t => t.Item1, StringComparer.Ordinal).ThenBy(t => t.Item2, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every POST handler of every page ("" for the page's own OnPost), from the endpoints and the page models.</summary>
    public IReadOnlyList<(string Route, string Handler)> PostTargets()
    {
        var targets = new List<(string, string)>();
        foreach (var endpoint in Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            foreach (var handler in ModelType(page)?.GetMethods(BindingFlags.Public | BindingFlags.Instance) ?? [])
            {
                if (handler.Name.StartsWith("OnPost", StringComparison.Ordinal))
                {
                    targets.Add((route, handler.Name[6..].Replace("Async", "", StringComparison.Ordinal)));
                }
            }
        }

        return targets.Distinct().OrderBy(t => t.Item1, StringComparer.Ordinal).ThenBy(t => t.Item2, StringComparer.Ordinal).ToList();
    }

    /// <summary>A valid antiforgery token for this person: any form of theirs carries one (sign-in for the anonymous, sign-out for the rest).</summary>
    public static async Task<string> TokenAsync(HttpClient client, bool signedIn)
    {
        var page = await client.GetPageAsync(signedIn ? "/" : "/Identity/Account/Login");
        return page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException("No form with a token found.");
    }

    /// <summary>Each page's compiled view by its path; the view's Model property names the page model, Identity's included.</summary>
    private static readonly Dictionary<string, Type> CompiledPages = typeof(Program).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
        .Where(a => a.Kind == "mvc.1.0.razor-page").ToDictionary(a => a.Identifier, a => a.Type, StringComparer.OrdinalIgnoreCase);

    private static Type? ModelType(PageActionDescriptor page) =>
        CompiledPages.TryGetValue(page.RelativePath, out var view) ? view.GetProperty("Model")?.PropertyType : null;

    /// <summary>As <see cref="Classify"/>, but a 400 or 409 to a post that carried a valid token means the handler let the person in.</summary>
    public static char ClassifyPost(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict ? 'B' : Classify(response).ToString()[0];

    public static Outcome Classify(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found)
        {
            var location = response.Headers.Location?.OriginalString ?? "";
            return location.Contains("/Identity/Account/Login", StringComparison.Ordinal) ? Outcome.SignIn
                : location.Contains("/Identity/Account/AccessDenied", StringComparison.Ordinal) ? Outcome.DeniedByRedirect
                : Outcome.Open;
        }

        return response.IsSuccessStatusCode ? Outcome.Open : (int)response.StatusCode >= 500 ? Outcome.Error : Outcome.Refused;
    }
}
