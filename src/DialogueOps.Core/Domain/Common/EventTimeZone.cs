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

    /// <summary>The zone named for a reader: its standard name in the current UI culture and its offset.</summary>
    public static string Describe(TimeZoneInfo zone, DateTime utc)
    {
        var name = zone.IsDaylightSavingTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) ? zone.DaylightName : zone.StandardName;
        if (string.IsNullOrWhiteSpace(name) || name == zone.Id)
        {
            name = zone.Id;
        }

        return $"{name}, {OffsetLabel(zone, utc)}";
    }

    /// <summary>A date and time in the zone, formatted for the culture, with the offset: "3 Jul 2026 09:00 (UTC+8)".</summary>
    public static string FormatInstant(DateTime utc, TimeZoneInfo zone, CultureInfo culture)
    {
        var local = ToLocal(utc, zone);
        return $"{local.ToString("g", culture)} ({OffsetLabel(zone, utc)})";
    }
}
