using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Registration;

/// <summary>One person's line in a bulk decision: what will happen (or happened) and, when refused, why.</summary>
public sealed record BulkLine(int Id, string Name, ParticipantStatus Status, string? Refusal);

/// <summary>
/// A decision (confirm, waitlist, decline) for many registrations at once. The preview says, person by person, what will
/// happen and what the rules refuse; applying decides each person through <see cref="RegistrationDesk"/> on its own, so
/// one refusal never undoes the others, and returns one summary.
/// </summary>
public sealed class BulkDecision(DialogueOpsDbContext db, RegistrationDesk desk)
{
    public static readonly ParticipantStatus[] Decisions = [ParticipantStatus.Confirmed, ParticipantStatus.Waitlisted, ParticipantStatus.Declined];

    /// <summary>At most this many people per action: a bigger list is split by filter (a country, a category).</summary>
    public const int MaxPeople = 2000;

    public async Task<List<BulkLine>> PreviewAsync(int eventId, IReadOnlyCollection<int> ids, ParticipantStatus decision, bool hasReason, CancellationToken ct)
    {
        var people = await db.Participants.AsNoTracking().Where(p => p.EventId == eventId && ids.Contains(p.Id)).ToListAsync(ct);
        return people.OrderBy(p => p.ProtocolRank).ThenBy(p => p.FamilyName, StringComparer.Ordinal)
            .Select(p => new BulkLine(p.Id, p.LatinName, p.Status, WhyNot(p, decision, hasReason))).ToList();
    }

    public async Task<List<BulkLine>> ApplyAsync(Event ev, IReadOnlyCollection<int> ids, ParticipantStatus decision, string byUserId, string? reason, CancellationToken ct)
    {
        var lines = await PreviewAsync(ev.Id, ids, decision, !string.IsNullOrWhiteSpace(reason), ct);
        var result = new List<BulkLine>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Refusal is not null)
            {
                result.Add(line);
                continue;
            }

            try
            {
                await desk.DecideAsync(ev, line.Id, decision, byUserId, reason, ct);
                result.Add(line with { Status = decision });
            }
            catch (DomainException error)
            {
                // Changed since the preview (the person cancelled meanwhile): reported, the others go on.
                result.Add(line with { Refusal = error.Message });
            }
        }

        return result;
    }

    /// <summary>Why the rules refuse this decision for this person, or null when it goes through. Messages are localizer keys.</summary>
    public static string? WhyNot(Participant p, ParticipantStatus decision, bool hasReason) => (decision, p.Status) switch
    {
        (_, var s) when s == decision => "Already in this status.",
        (_, ParticipantStatus.Cancelled) => "The registration is cancelled.",
        (_, ParticipantStatus.Declined) when decision != ParticipantStatus.Declined => "The registration was declined.",
        (ParticipantStatus.Confirmed, ParticipantStatus.Nominated) => "The nominee has not yet accepted the nomination and the privacy notice.",
        (ParticipantStatus.Confirmed, ParticipantStatus.Waitlisted) when p.PrivacyConsentAt is null => "The nominee has not yet accepted the nomination and the privacy notice.",
        (ParticipantStatus.Confirmed, ParticipantStatus.Waitlisted) when !hasReason => "Give a reason to confirm someone over the capacity or quota.",
        (ParticipantStatus.Waitlisted, ParticipantStatus.Confirmed) => "Confirmed people are not moved to the waitlist in bulk; open the registration to do it.",
        _ => null,
    };
}
