using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;
using DialogueOps.UnitTests.Builders;

namespace DialogueOps.UnitTests.Domain;

public class EventTests
{
    [Fact]
    public void A_new_event_is_a_draft_that_the_public_cannot_see()
    {
        var created = new EventDetailsBuilder().BuildEvent();

        Assert.Equal(EventStatus.Draft, created.Status);
        Assert.False(created.IsPublic);
    }

    [Fact]
    public void An_event_that_ends_before_it_starts_is_refused()
    {
        var details = new EventDetailsBuilder().WithDates(new DateOnly(2027, 7, 9), new DateOnly(2027, 7, 8)).Build();

        var error = Assert.Throws<DomainException>(() => Event.Create(details));

        Assert.Equal("The event cannot end before it starts.", error.Message);
        Assert.Equal(nameof(EventDetails.EndDate), error.Field);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("China Standard Time")]
    [InlineData("")]
    public void Unknown_and_non_IANA_time_zones_are_refused(string zone)
    {
        var errors = Event.Validate(new EventDetailsBuilder().WithTimeZone(zone).Build());

        Assert.Contains(errors.All, e => e.Field == nameof(EventDetails.TimeZoneId));
    }

    [Theory]
    [InlineData("Asia/Yangon")]
    [InlineData("Asia/Jayapura")]
    [InlineData("Asia/Bangkok")]
    public void IANA_zones_of_the_region_are_accepted(string zone)
    {
        Assert.False(Event.Validate(new EventDetailsBuilder().WithTimeZone(zone).Build()).Any);
    }

    [Theory]
    [InlineData("AI Dialogue")]
    [InlineData("ai_dialogue")]
    [InlineData("-ai")]
    [InlineData("ai-")]
    [InlineData("ab")]
    public void A_short_name_with_spaces_underscores_or_edge_hyphens_is_refused(string slug)
    {
        Assert.Contains(Event.Validate(new EventDetailsBuilder().WithSlug(slug).Build()).All, e => e.Field == nameof(EventDetails.Slug));
    }

    [Fact]
    public void The_short_name_is_stored_in_lower_case()
    {
        var created = new EventDetailsBuilder().WithSlug("AI-Dialogue-2027").BuildEvent();

        Assert.Equal("ai-dialogue-2027", created.Slug);
    }

    [Fact]
    public void All_broken_rules_are_reported_at_once_so_the_form_can_show_them_together()
    {
        var details = new EventDetailsBuilder().WithTitle(" ").WithTimeZone("Nowhere/City")
            .WithDates(new DateOnly(2027, 7, 9), new DateOnly(2027, 7, 1)).WithCapacity(0).Build();

        var fields = Event.Validate(details).All.Select(e => e.Field).ToHashSet();

        Assert.Equal(new HashSet<string> { "Title", "TimeZoneId", "EndDate", "Capacity" }, fields);
    }

    [Fact]
    public void Registration_must_close_after_it_opens()
    {
        var opens = new DateTime(2027, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var details = new EventDetailsBuilder().WithRegistration(opens, opens.AddHours(-1)).Build();

        Assert.Contains(Event.Validate(details).All, e => e.Field == nameof(EventDetails.RegistrationClosesAtUtc));
    }

    [Fact]
    public void The_events_span_in_UTC_runs_from_local_midnight_to_local_midnight()
    {
        var created = new EventDetailsBuilder().WithTimeZone("Asia/Shanghai").BuildEvent();

        var (starts, ends) = created.UtcSpan();

        Assert.Equal(new DateTime(2027, 7, 7, 16, 0, 0, DateTimeKind.Utc), starts);
        Assert.Equal(new DateTime(2027, 7, 9, 16, 0, 0, DateTimeKind.Utc), ends);
    }

    [Fact]
    public void A_draft_cannot_be_closed_and_an_archived_event_cannot_be_reopened()
    {
        var created = new EventDetailsBuilder().BuildEvent();

        Assert.Throws<DomainException>(created.Close);
        created.Archive();
        Assert.Throws<DomainException>(created.Open);
    }

    [Fact]
    public void The_same_organization_cannot_host_twice_and_hosts_need_a_signatory()
    {
        var created = new EventDetailsBuilder().BuildEvent();
        created.AddHost(1, HostRole.Host, "Prof. Gao Fei", "Director");

        Assert.Throws<DomainException>(() => created.AddHost(1, HostRole.CoHost, "Someone", null));
        var noSignatory = Assert.Throws<DomainException>(() => created.AddHost(2, HostRole.CoHost, " ", null));
        Assert.Equal("SignatoryName", noSignatory.Field);
        created.AddHost(3, HostRole.Partner, null, null);
        Assert.Equal(2, created.Hosts.Count);
    }
}
