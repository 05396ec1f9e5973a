using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Programme;
using DialogueOps.UnitTests.Builders;

namespace DialogueOps.UnitTests.Domain.Programme;

public class ProgrammeConflictsTests
{
    private static readonly Event Dialogue = new EventDetailsBuilder().WithTimeZone("Asia/Shanghai").BuildEvent(); // 8–9 July 2027
    private static readonly Dictionary<int, (string Name, int Capacity)> Rooms = new() { [1] = ("Qianhai Hall", 200), [2] = ("Room B", 40) };
    private static readonly Dictionary<int, string> People = new() { [10] = "Prof. Gao Fei 高飞", [11] = "Dr. Siti Rahman" };

    private static DateTime Local(int day, int hour, int minute = 0, string zone = "Asia/Shanghai") =>
        EventTimeZone.ToUtc(new DateTime(2027, 7, day, hour, minute, 0), EventTimeZone.Find(zone));

    private static IReadOnlyList<Conflict> Check(ProposedSession session, params Booking[] others) =>
        ProgrammeConflicts.Find(session, Dialogue.UtcSpan(), others, Rooms, People);

    [Fact]
    public void A_session_that_ends_before_it_starts_is_refused()
    {
        var conflicts = Check(new ProposedSession(null, Local(8, 11), Local(8, 10), 1, null, []));

        Assert.Equal(ConflictKind.EndBeforeStart, Assert.Single(conflicts).Kind);
    }

    [Fact]
    public void A_session_outside_the_events_days_in_its_own_zone_is_refused()
    {
        Assert.Contains(Check(new ProposedSession(null, Local(7, 23), Local(8, 1), 1, null, [])), c => c.Kind == ConflictKind.OutsideEvent);
        Assert.Contains(Check(new ProposedSession(null, Local(9, 23, 30), Local(10, 0, 30), 1, null, [])), c => c.Kind == ConflictKind.OutsideEvent);
        Assert.Empty(Check(new ProposedSession(null, Local(8, 0), Local(8, 1), 1, null, [])));
    }

    [Fact]
    public void Two_overlapping_sessions_in_one_room_clash_but_back_to_back_ones_do_not()
    {
        var roundtable = new Booking(5, "Roundtable 1", Local(8, 10, 40), Local(8, 12, 30), 1, []);

        var overlapping = Check(new ProposedSession(null, Local(8, 12), Local(8, 13), 1, null, []), roundtable);
        var backToBack = Check(new ProposedSession(null, Local(8, 12, 30), Local(8, 13), 1, null, []), roundtable);
        var otherRoom = Check(new ProposedSession(null, Local(8, 12), Local(8, 13), 2, null, []), roundtable);

        Assert.Equal(new Conflict(ConflictKind.RoomDoubleBooked, "Roundtable 1"), Assert.Single(overlapping));
        Assert.Empty(backToBack);
        Assert.Empty(otherRoom);
    }

    [Fact]
    public void Editing_a_session_does_not_clash_with_itself()
    {
        var itself = new Booking(5, "Roundtable 1", Local(8, 10, 40), Local(8, 12, 30), 1, [10]);

        Assert.Empty(Check(new ProposedSession(5, Local(8, 11), Local(8, 12, 30), 1, null, [10]), itself));
    }

    [Fact]
    public void A_speaker_in_two_overlapping_commitments_is_reported_site_visits_included()
    {
        var visit = new Booking(null, "Visit to Tencent Qianhai", Local(9, 9), Local(9, 12), null, [10, 11]);

        var conflicts = Check(new ProposedSession(null, Local(9, 11), Local(9, 12, 30), 1, null, [10]), visit);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(ConflictKind.PersonDoubleBooked, conflict.Kind);
        Assert.Equal("Prof. Gao Fei 高飞 — Visit to Tencent Qianhai", conflict.Subject);
    }

    [Fact]
    public void An_audience_larger_than_the_room_is_reported()
    {
        var conflicts = Check(new ProposedSession(null, Local(8, 14), Local(8, 15), 2, 60, []));

        Assert.Equal(new Conflict(ConflictKind.RoomTooSmall, "Room B (40)"), Assert.Single(conflicts));
    }

    [Fact]
    public void A_session_crossing_midnight_in_Yangon_clashes_with_one_just_after_midnight()
    {
        var yangonEvent = new EventDetailsBuilder().WithTimeZone("Asia/Yangon").BuildEvent();
        var lateNight = new ProposedSession(null, Local(8, 23, 30, "Asia/Yangon"), Local(9, 0, 30, "Asia/Yangon"), 1, null, []);
        var earlyMorning = new Booking(7, "Night briefing", Local(9, 0, 0, "Asia/Yangon"), Local(9, 1, 0, "Asia/Yangon"), 1, []);

        var conflicts = ProgrammeConflicts.Find(lateNight, yangonEvent.UtcSpan(), [earlyMorning], Rooms, People);

        Assert.Equal(ConflictKind.RoomDoubleBooked, Assert.Single(conflicts).Kind);
        Assert.Equal(new DateTime(2027, 7, 8, 17, 0, 0, DateTimeKind.Utc), lateNight.StartsAtUtc);
    }

    [Fact]
    public void The_suite_runs_far_from_the_events_zone_when_the_test_command_sets_TZ()
    {
        // scripts/test.sh exports TZ=America/Los_Angeles so that nothing can lean on the server's zone.
        if (Environment.GetEnvironmentVariable("TZ") is not { Length: > 0 })
        {
            return;
        }

        var gap = Math.Abs((TimeZoneInfo.Local.GetUtcOffset(Local(8, 12)) - TimeSpan.FromHours(8)).TotalHours);
        Assert.True(gap >= 12, $"local zone {TimeZoneInfo.Local.Id} is only {gap} h from UTC+8");
    }
}
