namespace DialogueOps.Domain.Common;

public sealed record Country(string Code, string EnglishName, string ChineseName);

/// <summary>
/// The countries a China–ASEAN dialogue deals with, ISO 3166-1 alpha-2, with their names in both UI languages.
/// ICU's RegionInfo names only follow the .NET UI language, so the Chinese names are kept here.
/// </summary>
public static class Countries
{
    public static readonly IReadOnlyList<Country> All =
    [
        new("BN", "Brunei Darussalam", "文莱"),
        new("KH", "Cambodia", "柬埔寨"),
        new("CN", "China", "中国"),
        new("ID", "Indonesia", "印度尼西亚"),
        new("LA", "Lao PDR", "老挝"),
        new("MY", "Malaysia", "马来西亚"),
        new("MM", "Myanmar", "缅甸"),
        new("PH", "Philippines", "菲律宾"),
        new("SG", "Singapore", "新加坡"),
        new("TH", "Thailand", "泰国"),
        new("TL", "Timor-Leste", "东帝汶"),
        new("VN", "Viet Nam", "越南"),
        new("AU", "Australia", "澳大利亚"),
        new("IN", "India", "印度"),
        new("JP", "Japan", "日本"),
        new("KR", "Republic of Korea", "韩国"),
        new("NZ", "New Zealand", "新西兰"),
        new("GB", "United Kingdom", "英国"),
        new("US", "United States", "美国"),
    ];

    private static readonly Dictionary<string, Country> ByCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Country Get(string code) =>
        ByCode.TryGetValue(code, out var country) ? country : throw new DomainException("Unknown country.", "Country");

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Brunei"] = "BN", ["Laos"] = "LA", ["Lao People's Democratic Republic"] = "LA", ["Vietnam"] = "VN", ["Korea"] = "KR", ["South Korea"] = "KR",
        ["Burma"] = "MM", ["East Timor"] = "TL", ["UK"] = "GB", ["Great Britain"] = "GB", ["USA"] = "US", ["United States of America"] = "US",
        ["PRC"] = "CN", ["People's Republic of China"] = "CN",
    };

    /// <summary>The code of a country written as a spreadsheet writes it: its code, English or Chinese name, or a common short name.</summary>
    public static string? Find(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (ByCode.TryGetValue(text, out var byCode))
        {
            return byCode.Code;
        }

        return All.FirstOrDefault(c => string.Equals(c.EnglishName, text, StringComparison.OrdinalIgnoreCase) || c.ChineseName == text)?.Code
            ?? Aliases.GetValueOrDefault(text);
    }

    /// <summary>The country's name in Chinese when <paramref name="chinese"/> is set, else in English; the code itself when unknown.</summary>
    public static string Name(string code, bool chinese) =>
        ByCode.TryGetValue(code, out var c) ? (chinese ? c.ChineseName : c.EnglishName) : code;
}
