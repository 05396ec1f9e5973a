using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DialogueOps.IntegrationTests.Infrastructure;

/// <summary>Reads pages and posts their real forms (antiforgery token included), as a browser would.</summary>
public static class Browser
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    /// <summary>
    /// Fills the form found by <paramref name="formSelector"/> on the page at <paramref name="url"/> with
    /// <paramref name="values"/> (by input name) and submits it with the chosen submit button, like a person would.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, string formSelector,
        IReadOnlyDictionary<string, string?> values, string? submitSelector = null)
    {
        var page = await client.GetPageAsync(url);
        return await client.SubmitAsync(page, formSelector, values, submitSelector);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IDocument page, string formSelector,
        IReadOnlyDictionary<string, string?> values, string? submitSelector = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements.OfType<IHtmlElement>())
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element is IHtmlButtonElement || element.HasAttribute("disabled"))
            {
                continue;
            }

            if (element is IHtmlInputElement { Type: "checkbox" or "radio" } box && !box.IsChecked && !values.ContainsKey(name))
            {
                continue;
            }

            var value = values.TryGetValue(name, out var given) ? given : element switch
            {
                IHtmlInputElement input => input.Value,
                IHtmlSelectElement select => select.Value,
                IHtmlTextAreaElement area => area.Value,
                _ => null,
            };
            fields.Add(new(name, value ?? ""));
        }

        foreach (var (name, value) in values.Where(v => fields.All(f => f.Key != v.Key)))
        {
            throw new InvalidOperationException($"The form has no field {name} (value {value}).");
        }

        var submitter = submitSelector is null ? null : form.QuerySelector<IHtmlButtonElement>(submitSelector);
        if (submitter?.Name is { Length: > 0 } submitName)
        {
            fields.Add(new(submitName, submitter.Value));
        }

        var action = submitter?.GetAttribute("formaction") ?? form.GetAttribute("action") ?? page.Url;
        var target = new Uri(new Uri(page.Url), action);
        return await client.PostAsync(target.PathAndQuery, new FormUrlEncodedContent(fields));
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password = DialogueOpsFactory.DemoPassword)
    {
        var response = await client.SubmitAsync("/Identity/Account/Login", "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {email} failed: {(int)response.StatusCode}");
    }

    public static string Demo(string name) => $"{name}@demo.dialogueops.test";

    public static string Text(this IDocument page) => page.Body?.TextContent ?? "";
}
