using System.Globalization;

namespace DialogueOps.Web.Infrastructure;

/// <summary>Small presentation rules shared by pages and components.</summary>
public static class Display
{
    public static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>Event content carries an English and a local value: show the one for the reader, falling back to the other.</summary>
    public static string Pick(string english, string? local, CultureInfo culture) =>
        IsChinese(culture) && !string.IsNullOrWhiteSpace(local) ? local
        : !string.IsNullOrWhiteSpace(english) ? english
        : local ?? "";

    /// <summary>"Prof. Gao Fei 高飞": honorific, the Latin name in the person's own order, then the native script when it differs.</summary>
    public static string PersonName(string? honorific, string given, string family, Domain.Delegations.NameOrder order, string? native)
    {
        var latin = Domain.Delegations.Participant.InOrder(given, family, order);
        var name = string.IsNullOrWhiteSpace(honorific) ? latin : $"{honorific} {latin}";
        return string.IsNullOrWhiteSpace(native) || native == latin ? name : $"{name} {native}";
    }

    /// <summary>How the programme names a role's holder: as the organizer wrote a person link, else the registration's name.</summary>
    public static string RoleHolder(Domain.Programme.SessionRole role, IReadOnlyDictionary<int, string> names) =>
        role.GuestName ?? (role.ParticipantId is { } id ? names.GetValueOrDefault(id, "") : "");

    /// <summary>"8–9 July 2027", "30 June – 2 July 2027", "2027年7月8日至9日".</summary>
    public static string DateRange(DateOnly start, DateOnly end, CultureInfo culture)
    {
        if (start == end)
        {
            return start.ToString("D", culture);
        }

        if (IsChinese(culture))
        {
            return start.Year == end.Year && start.Month == end.Month
                ? $"{start.Year}年{start.Month}月{start.Day}日至{end.Day}日"
                : $"{start.ToString("D", culture)}至{end.ToString("D", culture)}";
        }

        if (start.Year == end.Year && start.Month == end.Month)
        {
            return $"{start.Day}–{end.Day} {start.ToString("MMMM yyyy", culture)}";
        }

        return start.Year == end.Year
            ? $"{start.ToString("d MMMM", culture)} – {end.ToString("d MMMM yyyy", culture)}"
            : $"{start.ToString("d MMMM yyyy", culture)} – {end.ToString("d MMMM yyyy", culture)}";
    }
}
