using System.Globalization;

namespace DialogueOps.Domain.Common;

/// <summary>
/// Instants are stored in UTC; every event has an IANA zone and every time shown names it
/// ("China Standard Time, UTC+8"), because a delegate from Yangon reads the agenda in another zone.
/// </summary>
public static class EventTimeZone
{
    /// <summary>Finds an IANA zone (e.g. <c>Asia/Shanghai</c>); Windows ids and unknown names are refused.</summary>
    public static bool TryFind(string? ianaId, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(ianaId) || !ianaId.Contains('/') && ianaId != "UTC")
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    public static TimeZoneInfo Find(string ianaId) =>
        TryFind(ianaId, out var zone) ? zone : throw new DomainException("Unknown time zone.", "TimeZoneId");

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>Converts a wall-clock time in the zone to UTC for storage.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);

    /// <summary>"UTC+8", "UTC+6:30", "UTC−3" (offset in force at that instant, so daylight time is right).</summary>
    public static string OffsetLabel(TimeZoneInfo zone, DateTime utc)
    {
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? $"UTC{sign}{abs.Hours}"
            : $"UTC{sign}{abs.Hours}:{abs.Minutes:00}";
    }

    /// <summary>
    /// The zone named in English with its offset ("China Standard Time, UTC+8"). From our own table, not the runtime's
    /// display names: those are fixed in whatever UI culture the process had when it first loaded the zone, so one Chinese
    /// reader early in the morning made every English page name the zone in Chinese until the next restart.
    /// </summary>
    public static string Describe(TimeZoneInfo zone, DateTime utc)
    {
        var daylight = zone.IsDaylightSavingTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        var name = EnglishNames.TryGetValue(zone.Id, out var names) ? (daylight ? names.Daylight : names.Standard) : zone.Id;
        return $"{name}, {OffsetLabel(zone, utc)}";
    }

    private static readonly Dictionary<string, (string Standard, string Daylight)> EnglishNames = new(StringComparer.Ordinal)
    {
        ["Asia/Shanghai"] = ("China Standard Time", "China Daylight Time"), ["Asia/Hong_Kong"] = ("Hong Kong Standard Time", "Hong Kong Summer Time"),
        ["Asia/Taipei"] = ("Taipei Standard Time", "Taipei Daylight Time"), ["Asia/Singapore"] = ("Singapore Standard Time", "Singapore Standard Time"),
        ["Asia/Kuala_Lumpur"] = ("Malaysia Time", "Malaysia Time"), ["Asia/Brunei"] = ("Brunei Darussalam Time", "Brunei Darussalam Time"),
        ["Asia/Manila"] = ("Philippine Standard Time", "Philippine Summer Time"), ["Asia/Makassar"] = ("Central Indonesia Time", "Central Indonesia Time"),
        ["Asia/Jakarta"] = ("Western Indonesia Time", "Western Indonesia Time"), ["Asia/Jayapura"] = ("Eastern Indonesia Time", "Eastern Indonesia Time"),
        ["Asia/Bangkok"] = ("Indochina Time", "Indochina Time"), ["Asia/Ho_Chi_Minh"] = ("Indochina Time", "Indochina Time"),
        ["Asia/Phnom_Penh"] = ("Indochina Time", "Indochina Time"), ["Asia/Vientiane"] = ("Indochina Time", "Indochina Time"),
        ["Asia/Yangon"] = ("Myanmar Time", "Myanmar Time"), ["Asia/Dili"] = ("East Timor Time", "East Timor Time"),
        ["Asia/Tokyo"] = ("Japan Standard Time", "Japan Daylight Time"), ["UTC"] = ("Coordinated Universal Time", "Coordinated Universal Time"),
        ["Australia/Sydney"] = ("Australian Eastern Standard Time", "Australian Eastern Daylight Time"),
        ["Europe/London"] = ("Greenwich Mean Time", "British Summer Time"), ["Europe/Brussels"] = ("Central European Standard Time", "Central European Summer Time"),
        ["America/New_York"] = ("Eastern Standard Time", "Eastern Daylight Time"),
    };

    private static readonly Dictionary<string, string> ChineseNames = new(StringComparer.Ordinal)
    {
        ["Asia/Shanghai"] = "中国标准时间", ["Asia/Hong_Kong"] = "香港时间", ["Asia/Taipei"] = "台北时间",
        ["Asia/Singapore"] = "新加坡标准时间", ["Asia/Kuala_Lumpur"] = "马来西亚时间", ["Asia/Brunei"] = "文莱时间",
        ["Asia/Manila"] = "菲律宾时间", ["Asia/Makassar"] = "印度尼西亚中部时间", ["Asia/Jakarta"] = "印度尼西亚西部时间",
        ["Asia/Jayapura"] = "印度尼西亚东部时间", ["Asia/Bangkok"] = "印度支那时间", ["Asia/Ho_Chi_Minh"] = "印度支那时间",
        ["Asia/Phnom_Penh"] = "印度支那时间", ["Asia/Vientiane"] = "印度支那时间", ["Asia/Yangon"] = "缅甸时间",
        ["Asia/Dili"] = "东帝汶时间", ["Asia/Tokyo"] = "日本标准时间", ["UTC"] = "协调世界时",
        ["Australia/Sydney"] = "澳大利亚东部时间", ["Europe/London"] = "英国时间", ["Europe/Brussels"] = "中欧时间", ["America/New_York"] = "美国东部时间",
    };

    /// <summary>The zones a person picks from (profile, agenda), west to east around the region, then the usual others.</summary>
    public static readonly IReadOnlyList<string> Choices =
    [
        "Asia/Yangon", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Phnom_Penh", "Asia/Vientiane", "Asia/Jakarta", "Asia/Kuala_Lumpur",
        "Asia/Singapore", "Asia/Manila", "Asia/Brunei", "Asia/Makassar", "Asia/Shanghai", "Asia/Jayapura", "Asia/Dili", "Asia/Tokyo",
        "Australia/Sydney", "Europe/London", "Europe/Brussels", "America/New_York", "UTC",
    ];

    private static readonly Dictionary<string, (string English, string Chinese)> Cities = new(StringComparer.Ordinal)
    {
        ["Asia/Yangon"] = ("Yangon", "仰光"), ["Asia/Bangkok"] = ("Bangkok", "曼谷"), ["Asia/Ho_Chi_Minh"] = ("Ho Chi Minh City", "胡志明市"),
        ["Asia/Phnom_Penh"] = ("Phnom Penh", "金边"), ["Asia/Vientiane"] = ("Vientiane", "万象"), ["Asia/Jakarta"] = ("Jakarta", "雅加达"),
        ["Asia/Kuala_Lumpur"] = ("Kuala Lumpur", "吉隆坡"), ["Asia/Singapore"] = ("Singapore", "新加坡"), ["Asia/Manila"] = ("Manila", "马尼拉"),
        ["Asia/Brunei"] = ("Bandar Seri Begawan", "斯里巴加湾市"), ["Asia/Makassar"] = ("Makassar", "望加锡"), ["Asia/Shanghai"] = ("Beijing, Shanghai", "北京、上海"),
        ["Asia/Jayapura"] = ("Jayapura", "查亚普拉"), ["Asia/Dili"] = ("Dili", "帝力"), ["Asia/Tokyo"] = ("Tokyo", "东京"),
        ["Australia/Sydney"] = ("Sydney", "悉尼"), ["Europe/London"] = ("London", "伦敦"), ["Europe/Brussels"] = ("Brussels", "布鲁塞尔"),
        ["America/New_York"] = ("New York", "纽约"), ["UTC"] = ("UTC", "UTC"),
    };

    /// <summary>"Yangon — Myanmar Time, UTC+6:30" / "仰光 — 缅甸时间，UTC+6:30": a city tells zones with the same name apart.</summary>
    public static string ChoiceLabel(string ianaId, DateTime utc, CultureInfo culture)
    {
        var chinese = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var zone = Find(ianaId);
        var city = Cities.TryGetValue(ianaId, out var names) ? (chinese ? names.Chinese : names.English) : ianaId;
        return $"{city} — {Describe(zone, utc, culture)}";
    }

    /// <summary>The zone named in Chinese where we know the name ("中国标准时间，UTC+8"), else its IANA id.</summary>
    public static string DescribeInChinese(TimeZoneInfo zone, DateTime utc) =>
        $"{(ChineseNames.TryGetValue(zone.Id, out var name) ? name : zone.Id)}，{OffsetLabel(zone, utc)}";

    /// <summary>The zone named for the reader's culture.</summary>
    public static string Describe(TimeZoneInfo zone, DateTime utc, CultureInfo culture) =>
        culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? DescribeInChinese(zone, utc) : Describe(zone, utc);

    /// <summary>A date and time in the zone, formatted for the culture, with the offset: "3 Jul 2026 09:00 (UTC+8)".</summary>
    public static string FormatInstant(DateTime utc, TimeZoneInfo zone, CultureInfo culture)
    {
        var local = ToLocal(utc, zone);
        return $"{local.ToString("g", culture)} ({OffsetLabel(zone, utc)})";
    }
}
