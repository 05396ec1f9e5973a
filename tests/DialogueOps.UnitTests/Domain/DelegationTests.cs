using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Identity;

namespace DialogueOps.UnitTests.Domain;

public class DelegationTests
{
    [Fact]
    public void A_delegation_needs_a_known_country()
    {
        Assert.Throws<DomainException>(() => new Delegation(1, "XX"));
        Assert.Equal("MY", new Delegation(1, "my").CountryCode);
    }

    [Fact]
    public void Quotas_are_set_per_category_replaced_and_removed()
    {
        var delegation = new Delegation(1, "TH");

        delegation.SetQuota(ParticipantCategory.Official, 3);
        delegation.SetQuota(ParticipantCategory.Official, 2);
        delegation.SetQuota(ParticipantCategory.Expert, 4);
        delegation.SetQuota(ParticipantCategory.Expert, null);

        Assert.Equal(2, delegation.QuotaFor(ParticipantCategory.Official));
        Assert.Null(delegation.QuotaFor(ParticipantCategory.Expert));
        Assert.Single(delegation.Quotas);
        Assert.Throws<DomainException>(() => delegation.SetQuota(ParticipantCategory.Media, -1));
    }

    [Fact]
    public void The_head_of_delegation_must_be_a_member()
    {
        var delegation = new Delegation(1, "KH");
        var outsider = new Participant(1, new PersonName("Dr.", "Sopheap", "Chea", NameOrder.FamilyFirst, "ជា សុភាព"), "chea@example.org", "KH", ParticipantCategory.Speaker);

        Assert.Throws<DomainException>(() => delegation.SetHead(outsider));
    }

    [Fact]
    public void A_focal_point_grant_names_its_delegation_and_no_other_grant_does()
    {
        Assert.Throws<DomainException>(() => new EventGrant("user", 1, GrantKind.FocalPoint));
        Assert.Throws<DomainException>(() => new EventGrant("user", 1, GrantKind.Organizer, 5));
        Assert.Equal(5, new EventGrant("user", 1, GrantKind.FocalPoint, 5).DelegationId);
    }
}
