namespace DialogueOps.Domain.Programme;

public enum ConflictKind
{
    EndBeforeStart,
    OutsideEvent,
    RoomDoubleBooked,
    PersonDoubleBooked,
    RoomTooSmall,
}

/// <summary>A reason the session cannot be saved as it is; <see cref="Subject"/> names what clashes.</summary>
public sealed record Conflict(ConflictKind Kind, string Subject);

/// <summary>The session being saved, as the form has it.</summary>
public sealed record ProposedSession(int? Id, DateTime StartsAtUtc, DateTime EndsAtUtc, int? RoomId, int? ExpectedAudience, IReadOnlyCollection<int> ParticipantIds);

/// <summary>Another commitment in the same event: a session (with its room) or a site visit.</summary>
public sealed record Booking(int? SessionId, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, int? RoomId, IReadOnlyCollection<int> ParticipantIds);

/// <summary>
/// The programme's conflict rules, on UTC instants (so a session crossing midnight in any zone compares correctly):
/// end before start, outside the event's days, room double-booked, a person in two overlapping commitments (site
/// visits included), and an expected audience larger than the room.
/// </summary>
public static class ProgrammeConflicts
{
    public static IReadOnlyList<Conflict> Find(
        ProposedSession session,
        (DateTime StartsAtUtc, DateTime EndsAtUtc) eventSpan,
        IEnumerable<Booking> others,
        IReadOnlyDictionary<int, (string Name, int Capacity)> rooms,
        IReadOnlyDictionary<int, string> participantNames)
    {
        var conflicts = new List<Conflict>();
        if (session.EndsAtUtc <= session.StartsAtUtc)
        {
            conflicts.Add(new Conflict(ConflictKind.EndBeforeStart, ""));
            return conflicts;
        }

        if (session.StartsAtUtc < eventSpan.StartsAtUtc || session.EndsAtUtc > eventSpan.EndsAtUtc)
        {
            conflicts.Add(new Conflict(ConflictKind.OutsideEvent, ""));
        }

        foreach (var other in others.Where(o => o.SessionId is null || o.SessionId != session.Id))
        {
            var overlaps = other.StartsAtUtc < session.EndsAtUtc && session.StartsAtUtc < other.EndsAtUtc;
            if (!overlaps)
            {
                continue;
            }

            if (session.RoomId is not null && other.RoomId == session.RoomId)
            {
                conflicts.Add(new Conflict(ConflictKind.RoomDoubleBooked, other.Title));
            }

            foreach (var person in other.ParticipantIds.Intersect(session.ParticipantIds))
            {
                conflicts.Add(new Conflict(ConflictKind.PersonDoubleBooked,
                    $"{(participantNames.TryGetValue(person, out var name) ? name : $"#{person}")} — {other.Title}"));
            }
        }

        if (session.RoomId is { } roomId && rooms.TryGetValue(roomId, out var room) && session.ExpectedAudience > room.Capacity)
        {
            conflicts.Add(new Conflict(ConflictKind.RoomTooSmall, $"{room.Name} ({room.Capacity})"));
        }

        return conflicts;
    }
}
