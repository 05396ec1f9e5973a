using DialogueOps.Domain.Programme;

namespace DialogueOps.Web.Components;

public sealed record GridRoom(int Id, string Name);

/// <summary>A session placed on the organizer's day grid; times are wall-clock times in the event's zone.</summary>
public sealed record GridSession(int Id, string Title, SessionKind Kind, DateTime Start, DateTime End, int? RoomId, string EditUrl);
