using System.Globalization;
using System.Resources;
using DialogueOps.Web.Resources;

namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// Printed documents and emails carry English and Chinese at once, whatever the reader's UI language: one printout
/// serves every delegation. Both come from the same resources as the pages (key = English text), so a translator
/// edits one file. A key without a Chinese text prints English twice rather than failing a document; a unit test
/// checks that every key used here is translated.
/// </summary>
public static class Bilingual
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    private static readonly ResourceManager Strings = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

    /// <summary>The Chinese text for an English key.</summary>
    public static string Zh(string english) => Strings.GetString(english, Chinese) ?? english;

    /// <summary>The Chinese text with arguments ("{0}" placeholders), formatted for Chinese readers.</summary>
    public static string Zh(string english, params object[] arguments) => string.Format(Chinese, Zh(english), arguments);

    /// <summary>The English sentence and its Chinese text, both formatted with the same arguments (for emails).</summary>
    public static (string English, string Chinese) Pair(string english, params object?[] arguments) =>
        (string.Format(CultureInfo.InvariantCulture, english, arguments), string.Format(Chinese, Zh(english), arguments));

    /// <summary>The body of an account mail sent outside the outbox (Identity's kind): the English paragraph, then the Chinese one.</summary>
    public static string Html((string English, string Chinese) text) =>
        $"<p>{System.Net.WebUtility.HtmlEncode(text.English)}</p><p lang=\"zh-Hans\">{System.Net.WebUtility.HtmlEncode(text.Chinese)}</p>";

    /// <summary>"Time 时间": English, a separator, Chinese.</summary>
    public static string Both(string english, string separator = " ") => $"{english}{separator}{Zh(english)}";
}
