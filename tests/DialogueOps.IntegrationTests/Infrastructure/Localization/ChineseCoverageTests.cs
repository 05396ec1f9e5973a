using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.Data.Sqlite;

namespace DialogueOps.IntegrationTests.Infrastructure.Localization;

/// <summary>
/// The rule for every page, present and future: in 简体中文 nothing of the interface is left in English.
/// Data (names, titles, organizations: anything stored in the database) and a short list of proper nouns may be Latin.
/// </summary>
public partial class ChineseCoverageTests(RecordingFactory factory) : IClassFixture<RecordingFactory>
{
    /// <summary>Names and abbreviations that are the same in both languages.</summary>
    private static readonly HashSet<string> ProperNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "DialogueOps", "English", "PDF", "CSV", "XLSX", "Excel", "ZIP", "QR", "UTC", "iCalendar", "ICS", "Hangfire", "ASEAN", "CATTN", "Noto",
        "Email", "AM", "PM", "GMT", "MB", "KB",
    };

    [Fact]
    public async Task Every_page_is_reached_and_no_page_asks_for_a_string_the_resources_do_not_have()
    {
        var (visits, unreached) = await PageWalk.WalkAsync(factory, "zh-Hans");

        Assert.True(visits.Count >= 40, $"Only {visits.Count} pages answered with HTML.");
        var pagesNotReached = unreached.Where(u => !u.EndsWith(".ics", StringComparison.Ordinal) && !u.EndsWith(".pdf", StringComparison.Ordinal)
                                                   && !PageWalk.NeedState.ContainsKey(u)).ToList();
        Assert.True(pagesNotReached.Count == 0, "Not reached by any demo account: " + string.Join(", ", pagesNotReached));
        Assert.True(factory.NotFound.IsEmpty, "Asked for but not in the resources: " + string.Join(" | ", factory.NotFound.Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task No_page_in_Chinese_shows_interface_text_in_English()
    {
        var (visits, _) = await PageWalk.WalkAsync(factory, "zh-Hans");
        var data = DataStrings(factory.DatabaseFile);

        var leftovers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var visit in visits)
        {
            foreach (var text in UiTexts(visit.Page))
            {
                var remaining = data.Aggregate(text, (t, d) => t.Contains(d, StringComparison.Ordinal) ? t.Replace(d, " ", StringComparison.Ordinal) : t);
                remaining = Identifier().Replace(remaining, " ");
                var words = EnglishWord().Matches(remaining).Select(m => m.Value).Where(w => !ProperNouns.Contains(w)).ToList();
                if (words.Count > 0)
                {
                    leftovers.Add($"{visit.Route}: “{text.Trim()}”");
                }
            }
        }

        Assert.True(leftovers.Count == 0, $"{leftovers.Count} English texts on Chinese pages:\n" + string.Join("\n", leftovers.Take(200)));
    }

    private static IEnumerable<string> UiTexts(IDocument page)
    {
        foreach (var node in page.Body!.Descendants<IText>())
        {
            if (node.ParentElement is { LocalName: "script" or "style" or "textarea" or "code" } || node.ParentElement?.Closest("[lang=en], datalist, option[data-data]") is not null)
            {
                continue;
            }

            if (!string.IsNullOrWhiteSpace(node.Data))
            {
                yield return node.Data;
            }
        }

        foreach (var element in page.Body!.QuerySelectorAll("[placeholder], [title], [aria-label], [alt], input[type=submit][value], [data-confirm]"))
        {
            foreach (var attribute in new[] { "placeholder", "title", "aria-label", "alt", "data-confirm" })
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } value)
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>Every text value stored in the app's database, longest first, so data is removed before the check.</summary>
    private static List<string> DataStrings(string databaseFile)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=false");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is string { Length: >= 2 and <= 400 } value)
                    {
                        values.Add(value);
                        foreach (var line in value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            values.Add(line);
                        }
                    }
                }
            }
        }

        return values.OrderByDescending(v => v.Length).ToList();
    }

    [GeneratedRegex(@"\b[A-Za-z][a-z]{2,}\b")]
    private static partial Regex EnglishWord();

    /// <summary>Slugs, file names, IANA zone ids and language tags are identifiers, not language.</summary>
    [GeneratedRegex(@"\S+@\S+|[\w.-]+\.(pdf|zip|txt|ics|csv|xlsx)\b|\b[a-z0-9]+(-[a-z0-9]+)+\b|\b[A-Z][a-z]+/[A-Za-z_]+\b|\b[a-z]{2}(-[A-Z][a-z]{3})?\b(, [a-z]{2}(-[A-Z][a-z]{3})?\b)+")]
    private static partial Regex Identifier();
}
