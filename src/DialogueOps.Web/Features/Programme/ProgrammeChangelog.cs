using System.Globalization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Programme;

using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.Programme;

/// <summary>A session as the changelog compares it: before and after an edit.</summary>
public sealed record SessionSnapshot(string Title, string? LocalTitle, DateTime StartsAt, DateTime EndsAt, string? Room, string? LocalRoom);

/// <summary>
/// Writes the public changelog lines, in English and Chinese, for changes made after publication:
/// "Roundtable 2 moved to Room B, 14:00 → 15:00".
/// </summary>
public static class ProgrammeChangelog
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static ProgrammeChange? Describe(int eventId, int? sessionId, SessionSnapshot? before, SessionSnapshot? after, TimeZoneInfo zone, DateTime atUtc)
    {
        if (before is null && after is null)
        {
            return null;
        }

        if (before is null)
        {
            return new ProgrammeChange(eventId, sessionId, atUtc,
                $"Added: {after!.Title}, {When(after, zone, false)}{Room(after.Room, ", ")}",
                Bilingual.Zh("Added: {0}, {1}", after.LocalTitle ?? after.Title, When(after, zone, true)) + Room(after.LocalRoom ?? after.Room, "，"));
        }

        if (after is null)
        {
            return new ProgrammeChange(eventId, sessionId, atUtc,
                $"Cancelled: {before.Title} ({When(before, zone, false)})",
                Bilingual.Zh("Cancelled: {0} ({1})", before.LocalTitle ?? before.Title, When(before, zone, true)));
        }

        var moved = before.StartsAt != after.StartsAt || before.EndsAt != after.EndsAt;
        var roomChanged = before.Room != after.Room;
        var renamed = before.Title != after.Title;
        if (!moved && !roomChanged && !renamed)
        {
            return null;
        }

        var en = new List<string>();
        var zh = new List<string>();
        if (roomChanged || moved)
        {
            var sameDay = Local(before.StartsAt, zone).Date == Local(after.StartsAt, zone).Date;
            var timeEn = moved ? $", {Time(before.StartsAt, zone, !sameDay, false)} → {Time(after.StartsAt, zone, !sameDay, false)}" : "";
            var timeZh = moved ? $"，{Time(before.StartsAt, zone, !sameDay, true)} → {Time(after.StartsAt, zone, !sameDay, true)}" : "";
            en.Add(roomChanged ? $"{before.Title} moved to {after.Room ?? "no room"}{timeEn}" : $"{before.Title} moved{timeEn}");
            zh.Add((roomChanged ? Bilingual.Zh("{0} moved to {1}", before.LocalTitle ?? before.Title, after.LocalRoom ?? after.Room ?? Bilingual.Zh("No room")) : Bilingual.Zh("{0} moved", before.LocalTitle ?? before.Title)) + timeZh);
        }

        if (renamed)
        {
            en.Add($"{before.Title} renamed “{after.Title}”");
            zh.Add(Bilingual.Zh("{0} renamed “{1}”", before.LocalTitle ?? before.Title, after.LocalTitle ?? after.Title));
        }

        return new ProgrammeChange(eventId, sessionId, atUtc, string.Join("; ", en), string.Join("；", zh));
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) => EventTimeZone.ToLocal(utc, zone);

    private static string Time(DateTime utc, TimeZoneInfo zone, bool withDay, bool chinese)
    {
        var local = Local(utc, zone);
        return withDay
            ? chinese ? $"{local.ToString("M", Bilingual.Chinese)} {local:HH:mm}" : $"{local.ToString("d MMM", English)} {local:HH:mm}"
            : local.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private static string When(SessionSnapshot s, TimeZoneInfo zone, bool chinese) =>
        $"{Time(s.StartsAt, zone, true, chinese)}–{Local(s.EndsAt, zone):HH:mm}";

    private static string Room(string? room, string separator) => room is null ? "" : $"{separator}{room}";
}
