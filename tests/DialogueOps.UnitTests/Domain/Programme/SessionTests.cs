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
        session.Roles.Where(r => r.Role == SessionRoleKind.Speaker).OrderBy(r => r.Order).Select(r => r.ParticipantId).ToArray();

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
        session.MoveRole(20, SessionRoleKind.Speaker, -1);
        Assert.Equal([30, 20, 10], Speakers(session));
        session.MoveRole(20, SessionRoleKind.Speaker, -1);
        session.MoveRole(20, SessionRoleKind.Speaker, -1);
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
}
