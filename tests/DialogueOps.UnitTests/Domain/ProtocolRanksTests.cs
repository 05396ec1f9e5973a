using DialogueOps.Domain.Delegations;

namespace DialogueOps.UnitTests.Domain;

public class ProtocolRanksTests
{
    [Theory]
    [InlineData("Minister of Digital Economy", 10)]
    [InlineData("Vice-Minister of Foreign Affairs", 12)]
    [InlineData("Deputy Director, AI Policy Division", 32)]
    [InlineData("Director-General", 20)]
    [InlineData("Deputy Secretary-General of ASEAN", 18)]   // not the Secretary-General, although that title is listed first
    [InlineData("Secretary-General", 16)]
    [InlineData("Professor of Law", 40)]
    [InlineData("Programme Officer", 80)]
    [InlineData("Photographer", ProtocolRanks.Unranked)]
    [InlineData(null, ProtocolRanks.Unranked)]
    public void A_position_title_gives_its_rank_the_more_specific_title_winning(string? position, int rank)
    {
        Assert.Equal(rank, ProtocolRanks.Standard.RankFor(position));
    }

    [Fact]
    public void A_rank_set_by_hand_survives_a_change_of_position_until_it_is_cleared()
    {
        var person = new Participant(1, new PersonName("H.E.", "Chantha", "Sok", NameOrder.FamilyFirst, "សុខ ចាន់ថា"), "sok@example.kh", "KH", ParticipantCategory.Official);
        person.SetAffiliation("Secretary of State", null);
        person.RankByPosition(ProtocolRanks.Standard);
        Assert.Equal(14, person.ProtocolRank);

        person.OverrideProtocolRank(9, ProtocolRanks.Standard);
        person.SetAffiliation("Advisor", null);
        person.RankByPosition(ProtocolRanks.Standard);
        Assert.Equal(9, person.ProtocolRank);

        person.OverrideProtocolRank(null, ProtocolRanks.Standard);
        Assert.Equal(ProtocolRanks.Unranked, person.ProtocolRank);
    }

    [Fact]
    public void An_organization_can_bring_its_own_table()
    {
        var ranks = new ProtocolRanks([("Rector", 5), ("Minister", 10)]);

        Assert.Equal(5, ranks.RankFor("Rector, Universitas Indonesia"));
    }
}
