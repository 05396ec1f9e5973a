using DialogueOps.Domain.Events;

namespace DialogueOps.Web.Components;

public sealed record EventCardModel(
    string Slug,
    string Title,
    string? LocalTitle,
    string? Venue,
    string? City,
    DateOnly StartDate,
    DateOnly EndDate,
    EventStatus Status,
    IReadOnlyList<string> Hosts);
