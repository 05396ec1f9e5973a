using DialogueOps.Domain.Common;
using DialogueOps.Domain.Programme;

namespace DialogueOps.UnitTests.Domain.Programme;

public class SessionTests
{
    private static readonly DateTime Nine = new(2027, 7, 8, 1, 0, 0, DateTimeKind.Utc);

    private static Session Roundtable()
    {
        var session = new Session(1, "Roundtable 1", "圆桌一", SessionKind.Roundtable, Nine, Nine.AddHours(2), 1);
        session.Assign(30, SessionRoleKind.Speaker);
        session.Assign(10, SessionRoleKind.Speaker);
        session.Assign(20, SessionRoleKind.Speaker);
        session.Assign(40, SessionRoleKind.Chair);
        return session;
    }

    private static int[] Speakers(Session session) =>
        session.Roles.Where(r => r.Role == SessionRoleKind.Speaker).OrderBy(r => r.Order).Select(r => r.ParticipantId!.Value).ToArray();

    private static SessionRole Speaker(Session session, int participantId) =>
        session.Roles.Single(r => r.ParticipantId == participantId && r.Role == SessionRoleKind.Speaker);

    [Fact]
    public void Speakers_are_ordered_by_rank_then_country_in_English()
    {
        var session = Roundtable();

        session.SortByProtocol(new Dictionary<int, (int, string, string)>
        {
            [10] = (20, "Thailand", "Srisuk"), [20] = (20, "Cambodia", "Chea"), [30] = (10, "Viet Nam", "Nguyễn"), [40] = (15, "Lao PDR", "Phommavong"),
        });

        Assert.Equal([30, 20, 10], Speakers(session));
        Assert.Equal(1, session.Roles.Single(r => r.Role == SessionRoleKind.Chair).Order);
    }

    [Fact]
    public void A_speaker_can_be_moved_by_hand_and_stays_within_the_list()
    {
        var session = Roundtable();
        session.MoveRole(Speaker(session, 20), -1);
        Assert.Equal([30, 20, 10], Speakers(session));
        session.MoveRole(Speaker(session, 20), -1);
        session.MoveRole(Speaker(session, 20), -1);
        Assert.Equal([20, 30, 10], Speakers(session));
    }

    [Fact]
    public void The_same_person_cannot_hold_the_same_role_twice_and_audiences_are_bounded()
    {
        var session = Roundtable();

        Assert.Throws<DomainException>(() => session.Assign(10, SessionRoleKind.Speaker));
        session.Assign(10, SessionRoleKind.Rapporteur);
        Assert.Throws<DomainException>(() => session.ExpectAudience(-5));
    }

    [Fact]
    public void A_person_named_before_registering_keeps_their_printed_name_when_linked_and_follows_the_registered_speakers()
    {
        var session = Roundtable();
        var keynote = session.AssignGuest(new PersonLink(" H.E. Dr. Kao Kim Hourn ", "Secretary-General", "ASEAN Secretariat", "kh"), SessionRoleKind.Speaker);

        Assert.Equal("KH", keynote.GuestCountry);
        Assert.Throws<DomainException>(() => session.AssignGuest(new PersonLink("h.e. dr. kao kim hourn", null, null, null), SessionRoleKind.Speaker));
        Assert.Throws<DomainException>(() => session.AssignGuest(new PersonLink("Someone", null, null, "XX"), SessionRoleKind.Speaker));
        Assert.Throws<DomainException>(() => session.AssignGuest(new PersonLink("  ", null, null, null), SessionRoleKind.Speaker));
        session.SortByProtocol(new Dictionary<int, (int, string, string)> { [10] = (20, "Thailand", "Srisuk"), [20] = (20, "Cambodia", "Chea"), [30] = (10, "Viet Nam", "Nguyễn") });
        Assert.Equal(4, keynote.Order);
        Assert.DoesNotContain(0, session.ParticipantIds);

        Assert.Throws<DomainException>(() => session.Link(keynote, 10));
        session.Link(keynote, 50);
        Assert.Equal(50, keynote.ParticipantId);
        Assert.Equal("H.E. Dr. Kao Kim Hourn", keynote.GuestName);
        Assert.Contains(50, session.ParticipantIds);
        Assert.Throws<DomainException>(() => session.Link(keynote, 60));
    }
}
