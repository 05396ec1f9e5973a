using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;

namespace DialogueOps.UnitTests.Domain;

public class ParticipantTests
{
    private static Participant Gao() =>
        new(1, new PersonName("Prof.", "Fei", "Gao", NameOrder.FamilyFirst, "高飞"), "gao.fei@example.cn", "CN", ParticipantCategory.Speaker);

    [Fact]
    public void A_family_first_name_reads_family_name_first()
    {
        Assert.Equal("Gao Fei", Gao().LatinName);
        var siti = new Participant(1, new PersonName("Dr.", "Siti", "Rahman", NameOrder.GivenFirst, null), "siti@example.my", "MY", ParticipantCategory.Expert);
        Assert.Equal("Siti Rahman", siti.LatinName);
    }

    [Fact]
    public void A_new_registration_can_be_confirmed_then_cancelled_but_not_confirmed_again()
    {
        var gao = Gao();
        Assert.Equal(ParticipantStatus.Registered, gao.Status);

        gao.Confirm();
        gao.Cancel();

        Assert.Equal(ParticipantStatus.Cancelled, gao.Status);
        Assert.Throws<DomainException>(gao.Confirm);
    }

    [Fact]
    public void Departure_before_arrival_is_refused()
    {
        var arrival = new DateTime(2027, 7, 7, 10, 0, 0, DateTimeKind.Utc);

        var error = Assert.Throws<DomainException>(() => Gao().SetTravel(arrival, "CZ3456", arrival.AddDays(-1), null, null));

        Assert.Equal(nameof(Participant.DepartureAt), error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    public void A_participant_needs_a_valid_email(string email)
    {
        Assert.Throws<DomainException>(() =>
            new Participant(1, new PersonName(null, "Somchai", "Jaidee", NameOrder.GivenFirst, "สมชาย ใจดี"), email, "TH", ParticipantCategory.Expert));
    }

    [Fact]
    public void A_participant_needs_at_least_one_name_and_a_known_nationality()
    {
        Assert.Throws<DomainException>(() => new Participant(1, new PersonName(null, " ", "", NameOrder.GivenFirst, null), "a@b.c", "TH", ParticipantCategory.Expert));
        Assert.Throws<DomainException>(() => new Participant(1, new PersonName(null, "Kyaw", "Kyaw", NameOrder.GivenFirst, "ကျော်ကျော်"), "a@b.c", "ZZ", ParticipantCategory.Expert));
    }
}
