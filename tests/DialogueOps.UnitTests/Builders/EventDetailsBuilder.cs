using DialogueOps.Domain.Events;

namespace DialogueOps.UnitTests.Builders;

public sealed class EventDetailsBuilder
{
    private EventDetails details = new(
        "ai-dialogue-2027", "AI Policy Dialogue", "人工智能政策对话", null, "Conference Centre", "Shenzhen",
        "Asia/Shanghai", new DateOnly(2027, 7, 8), new DateOnly(2027, 7, 9), 80);

    public EventDetailsBuilder WithSlug(string slug) => Set(details with { Slug = slug });
    public EventDetailsBuilder WithTimeZone(string zone) => Set(details with { TimeZoneId = zone });
    public EventDetailsBuilder WithDates(DateOnly start, DateOnly end) => Set(details with { StartDate = start, EndDate = end });
    public EventDetailsBuilder WithTitle(string title) => Set(details with { Title = title });
    public EventDetailsBuilder WithCapacity(int? capacity) => Set(details with { Capacity = capacity });

    public EventDetailsBuilder WithRegistration(DateTime opensUtc, DateTime closesUtc) =>
        Set(details with { RegistrationOpensAtUtc = opensUtc, RegistrationClosesAtUtc = closesUtc });

    public EventDetails Build() => details;

    public Event BuildEvent() => Event.Create(details);

    private EventDetailsBuilder Set(EventDetails value)
    {
        details = value;
        return this;
    }
}
