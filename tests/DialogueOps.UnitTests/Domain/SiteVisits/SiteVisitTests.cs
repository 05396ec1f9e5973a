using DialogueOps.Domain.Common;
using DialogueOps.Domain.SiteVisits;

namespace DialogueOps.UnitTests.Domain.SiteVisits;

public class SiteVisitTests
{
    private static readonly DateTime Start = new(2027, 7, 9, 1, 0, 0, DateTimeKind.Utc);

    private static SiteVisitDetails Details(int capacity = 2, params Vehicle[] vehicles) =>
        new(7, "Visit to Tencent", "参访腾讯", Start, Start.AddHours(3), capacity, "Lobby", null, vehicles, Start.AddDays(-5), "No photography.", true, null);

    [Fact]
    public void Seats_are_given_until_the_capacity_then_waitlist_tickets_count_up()
    {
        var visit = SiteVisit.Create(1, Details(capacity: 2));

        var taken = Enumerable.Range(0, 5).Select(_ => visit.TakePlace()).ToList();

        Assert.Equal([SignupStatus.Confirmed, SignupStatus.Confirmed, SignupStatus.Waitlisted, SignupStatus.Waitlisted, SignupStatus.Waitlisted], taken.Select(t => t.Status));
        Assert.Equal([null, null, 1, 2, 3], taken.Select(t => t.Ticket));
        Assert.Equal(0, visit.SeatsLeft);
        visit.FreePlace();
        Assert.Equal(1, visit.SeatsLeft);
    }

    [Fact]
    public void The_capacity_cannot_drop_below_the_confirmed_visitors()
    {
        var visit = SiteVisit.Create(1, Details(capacity: 3));
        visit.TakePlace();
        visit.TakePlace();

        var error = Assert.Throws<DomainException>(() => visit.Apply(Details(capacity: 1)));
        Assert.Equal("Capacity", error.Field);
    }

    [Fact]
    public void Every_broken_rule_is_named_at_once()
    {
        var bad = Details(capacity: 0, new Vehicle("", 0)) with { EndsAtUtc = Start, SecurityDataDeadlineUtc = Start.AddDays(1), HostContactEmail = "not-an-email" };

        var fields = SiteVisit.Validate(bad).All.Select(e => e.Field).ToList();

        Assert.Contains("Capacity", fields);
        Assert.Contains("EndsAt", fields);
        Assert.Contains("SecurityDataDeadline", fields);
        Assert.Contains("Vehicles", fields);
        Assert.Contains("HostContactEmail", fields);
    }

    [Fact]
    public void A_waitlisted_sign_up_is_promoted_to_a_seat_and_a_cancelled_one_can_join_again()
    {
        var signup = new SiteVisitSignup(1, 2, SignupStatus.Waitlisted, 4, Start.AddDays(-9));
        signup.Promote(Start.AddDays(-8));
        Assert.Equal(SignupStatus.Confirmed, signup.Status);
        Assert.Null(signup.WaitlistPosition);
        Assert.Throws<DomainException>(() => signup.Promote(Start));

        signup.Cancel();
        signup.Join(SignupStatus.Waitlisted, 9, Start.AddDays(-7));
        Assert.Equal(9, signup.WaitlistPosition);
    }
}
