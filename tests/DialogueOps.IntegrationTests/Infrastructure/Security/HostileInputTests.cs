using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DialogueOps.IntegrationTests.Infrastructure.Localization;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Every form of every page, posted as the person who sees it, with what an attacker or a broken client sends.
/// The app answers with a 4xx or the form and its messages; never a server error; and nothing posted comes back
/// as live script on any page.
/// </summary>
public class HostileInputTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    private const string Marker = "dops-xss";

    private static readonly string[] Texts =
    [
        "",
        new string('x', 100_000),
        "\u0000\u0001\u0007\u001b[31m\r\n\t\u202e",
        $"<script>alert('{Marker}')</script>\"'><img src=x onerror=alert('{Marker}')>",
        "'; DROP TABLE \"Participants\"; -- ' OR '1'='1",
    ];

    /// <summary>Forms that end the session or switch the language: posting them would change who walks the rest.</summary>
    private static readonly string[] Skipped = ["/Identity/Account/Logout", "/Culture"];

    [Fact]
    public async Task Every_form_survives_hostile_values_and_stored_script_is_never_rendered_live()
    {
        // Taken once: the hostile posts rename and cancel things the values are looked up by.
        var routeValues = await PageWalk.RouteValuesAsync(factory);
        var (visits, _) = await PageWalk.WalkAsync(factory, "en", routeValues);
        var forms = visits.SelectMany(v => v.Page.QuerySelectorAll<IHtmlFormElement>("form")
                .Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
                .Select(f => (Visit: v, Form: f, Action: Action(v, f))))
            .Where(x => !Skipped.Any(s => x.Action.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            .DistinctBy(x => (x.Visit.Account, x.Action, Fields(x.Form)))
            .ToList();
        Assert.True(forms.Count >= 40, $"Only {forms.Count} forms found.");

        var failures = new List<string>();
        foreach (var (visit, form, action) in forms)
        {
            var fields = FieldsOf(form);
            var variants = Texts.Select(t => Values(fields, t, "0001-01-01", "-2147483649"))
                .Append(Values(fields, "ok", "9999-12-31", "99999999999999999999"));
            foreach (var values in variants)
            {
                var response = await visit.Client.PostAsync(action, new FormUrlEncodedContent(values));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} {action} as {visit.Account} with {Describe(values)}");
                }
            }

            // A lone UTF-16 surrogate cannot be sent as UTF-8 text: send its raw bytes, as a broken client would.
            var broken = string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Name)}=" + (f.Name == "__RequestVerificationToken" ? Uri.EscapeDataString(f.Value) : "%ED%A0%80%FF")));
            var raw = await visit.Client.PostAsync(action, new StringContent(broken, Encoding.ASCII, "application/x-www-form-urlencoded"));
            if ((int)raw.StatusCode >= 500)
            {
                failures.Add($"{(int)raw.StatusCode} {action} as {visit.Account} with invalid UTF-8");
            }

            var forged = await visit.Client.PostAsync(action, new FormUrlEncodedContent(fields.Select(f =>
                new KeyValuePair<string, string>(f.Name, f.Name == "__RequestVerificationToken" ? "forged" : f.Value))));
            if (fields.Any(f => f.Name == "__RequestVerificationToken") && forged.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{(int)forged.StatusCode} {action} as {visit.Account} with a forged antiforgery token (expected 400)");
            }
        }

        var (after, _) = await PageWalk.WalkAsync(factory, "en", routeValues);
        foreach (var visit in after)
        {
            var live = visit.Page.QuerySelectorAll("script").Where(s => s.TextContent.Contains(Marker, StringComparison.Ordinal))
                .Concat(visit.Page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal) && a.Value.Contains(Marker, StringComparison.Ordinal))));
            failures.AddRange(live.Select(e => $"live script on {visit.Route}: {e.OuterHtml[..Math.Min(120, e.OuterHtml.Length)]}"));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} problems in {forms.Count} forms:\n" + string.Join("\n", failures.Distinct().Take(60)));
    }

    private sealed record Field(string Name, string Type, string Value);

    private static string Action(PageWalk.Visit visit, IHtmlFormElement form)
    {
        var target = new Uri(new Uri(visit.Page.Url), form.GetAttribute("action") is { Length: > 0 } a ? a : visit.Page.Url);
        return target.PathAndQuery;
    }

    private static string Fields(IHtmlFormElement form) => string.Join(",", FieldsOf(form).Select(f => f.Name));

    private static List<Field> FieldsOf(IHtmlFormElement form) => form.Elements.OfType<IHtmlElement>()
        .Where(e => e.GetAttribute("name") is { Length: > 0 } && e is not IHtmlButtonElement)
        .Select(e => new Field(e.GetAttribute("name")!, e is IHtmlInputElement input ? input.Type : e.LocalName,
            e switch { IHtmlInputElement i => i.Value, IHtmlSelectElement s => s.Value ?? "", IHtmlTextAreaElement t => t.Value, _ => "" }))
        .ToList();

    /// <summary>Hidden fields (token, ids, versions) stay as the page wrote them; everything a person fills is replaced.</summary>
    private static List<KeyValuePair<string, string>> Values(List<Field> fields, string text, string date, string number) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Type switch
        {
            "hidden" => f.Value,
            "date" => date,
            "datetime-local" => date + "T23:59",
            "number" => number,
            "checkbox" or "radio" => text.Length == 0 ? "" : "true",
            _ => text,
        })).ToList();

    private static string Describe(List<KeyValuePair<string, string>> values)
    {
        var sample = values.FirstOrDefault(v => v.Key != "__RequestVerificationToken").Value ?? "";
        return sample.Length > 40 ? $"{sample.Length} characters" : $"“{sample}”";
    }
}
