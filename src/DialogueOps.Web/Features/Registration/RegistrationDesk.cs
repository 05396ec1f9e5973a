using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Registration;

/// <summary>
/// Decides and records registration status changes: places against the event's capacity and the delegation's quota
/// are taken through <see cref="CapacityCounter"/> rows whose concurrency token makes the database settle races;
/// a cancellation frees the place and promotes the first waitlisted person of the same quota. Every change is kept
/// in the history and mailed to the person through the outbox, in the same transaction.
/// </summary>
public sealed class RegistrationDesk(DialogueOpsDbContext db, Outbox outbox, TimeProvider clock, SiteVisits.SiteVisitDesk siteVisits,
    Microsoft.Extensions.Options.IOptions<ReminderOptions> options)
{
    /// <summary>
    /// Adds the participant as Registered when a place is free in every limit that applies, else Waitlisted; the person is told
    /// by one mail (a nomination's mail when <paramref name="announcement"/> says so).
    /// </summary>
    public async Task<ParticipantStatus> RegisterAsync(Event ev, Participant participant, string? byUserId, CancellationToken ct = default,
        NotificationKind announcement = NotificationKind.StatusChanged, string? note = null)
    {
        var attempt = 0;
        var nominated = participant.Status == ParticipantStatus.Nominated;
        // Someone may take a place (or create the counter) first: the helper decides again with fresh numbers.
        await ConflictRetry.RunAsync(db, async ct =>
        {
            participant = attempt++ == 0 ? participant : Reset(participant, nominated);
            var counters = await CountersAsync(ev, participant, ct);
            var free = counters.All(c => c.Counter.Used < c.Limit);
            if (free)
            {
                counters.ForEach(c => c.Counter.TryTake(c.Limit));
            }
            else
            {
                participant.Waitlist(clock.GetUtcNow().UtcDateTime);
            }

            db.Participants.Add(participant);
            await db.SaveChangesAsync(ct);
            db.ParticipantStatusChanges.Add(new ParticipantStatusChange(participant.Id, null, participant.Status, clock.GetUtcNow().UtcDateTime, byUserId,
                free ? note : string.Join("; ", new[] { "Full: capacity or delegation quota reached", note }.OfType<string>())));
            Announce(ev, participant, announcement);
            await db.SaveChangesAsync(ct);
        }, ct);

        outbox.SendCommitted();
        return participant.Status;
    }

    /// <summary>The history's note on a registration the secretariat made for someone; the invitation mail says so.</summary>
    public const string AddedBySecretariat = "Added by the secretariat";

    /// <summary>
    /// Adds many people in one transaction (an import): all of them or none. Each takes a place when one is free, else waits
    /// on the waitlist, as <see cref="RegisterAsync"/> decides for one; each is told by one mail.
    /// </summary>
    public async Task AddManyAsync(Event ev, IReadOnlyList<Participant> people, string byUserId, string note, bool announce, CancellationToken ct = default)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // The counters by scope, kept here: asking the change tracker for them would scan every person added so far.
            var known = new Dictionary<string, CapacityCounter>(StringComparer.Ordinal);
            foreach (var person in people)
            {
                var counters = await CountersAsync(ev, person, ct, known);
                if (counters.All(c => c.Counter.Used < c.Limit))
                {
                    counters.ForEach(c => c.Counter.TryTake(c.Limit));
                }
                else
                {
                    person.Waitlist(clock.GetUtcNow().UtcDateTime);
                }

                db.Participants.Add(person);
            }

            await db.SaveChangesAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var person in people)
            {
                db.ParticipantStatusChanges.Add(new ParticipantStatusChange(person.Id, null, person.Status, now, byUserId, note));
                if (announce)
                {
                    Announce(ev, person, NotificationKind.Nominated);
                }
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        outbox.SendCommitted();
    }

    /// <summary>The person withdraws; a place they held goes to the first waitlisted person of the same quota.</summary>
    public async Task CancelAsync(Event ev, int participantId, string? byUserId, string? reason, CancellationToken ct = default)
    {
        await ConflictRetry.RunAsync(db, async ct =>
        {
            var cancelled = await db.Participants.SingleAsync(p => p.Id == participantId, ct);
            var held = cancelled.HoldsPlace;
            var before = cancelled.Status;
            cancelled.Cancel();
            db.ParticipantStatusChanges.Add(new ParticipantStatusChange(cancelled.Id, before, cancelled.Status, clock.GetUtcNow().UtcDateTime, byUserId, reason));
            if (held)
            {
                var known = new Dictionary<string, CapacityCounter>(StringComparer.Ordinal);
                var counters = await CountersAsync(ev, cancelled, ct, known);
                counters.ForEach(c => c.Counter.Release());
                foreach (var candidate in await InLineAsync(ev, cancelled, ct))
                {
                    // The first in line whose own limits (event capacity, their quota) now have room takes the place.
                    var theirs = await CountersAsync(ev, candidate, ct, known);
                    if (theirs.All(c => c.Counter.Used < c.Limit))
                    {
                        theirs.ForEach(c => c.Counter.TryTake(c.Limit));
                        candidate.Promote();
                        db.ParticipantStatusChanges.Add(new ParticipantStatusChange(candidate.Id, ParticipantStatus.Waitlisted, candidate.Status,
                            clock.GetUtcNow().UtcDateTime, null, "A place came free"));
                        Announce(ev, candidate);
                        break;
                    }
                }
            }

            Announce(ev, cancelled);
            await db.SaveChangesAsync(ct);
        }, ct);

        outbox.SendCommitted();
        await siteVisits.LeaveAllAsync(participantId, ct);
    }

    /// <summary>
    /// A focal point replaces one member by another: the leaving member's place passes to the newcomer directly
    /// (it does not go to the waitlist), in one transaction.
    /// </summary>
    public async Task SubstituteAsync(Event ev, int leavingId, Participant newcomer, string byUserId, CancellationToken ct = default)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var leaving = await db.Participants.SingleAsync(p => p.Id == leavingId && p.EventId == ev.Id, ct);
            var before = leaving.Status;
            var held = leaving.HoldsPlace;
            leaving.Cancel();
            if (held)
            {
                (await CountersAsync(ev, leaving, ct)).ForEach(c => c.Counter.Release());
                await db.SaveChangesAsync(ct);
            }

            var counters = await CountersAsync(ev, newcomer, ct);
            if (!counters.All(c => c.Counter.TryTake(c.Limit)))
            {
                newcomer.Waitlist(clock.GetUtcNow().UtcDateTime);
            }

            db.Participants.Add(newcomer);
            await db.SaveChangesAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            db.ParticipantStatusChanges.Add(new ParticipantStatusChange(leaving.Id, before, ParticipantStatus.Cancelled, now, byUserId, $"Substituted by {newcomer.LatinName}"));
            db.ParticipantStatusChanges.Add(new ParticipantStatusChange(newcomer.Id, null, newcomer.Status, now, byUserId, $"Substitute for {leaving.LatinName}"));
            Announce(ev, leaving);
            Announce(ev, newcomer, NotificationKind.Nominated);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        outbox.SendCommitted();
        await siteVisits.LeaveAllAsync(leavingId, ct);
    }

    /// <summary>
    /// A withdrawn or declined person is put forward again by a focal point: the same registration comes back as a nomination
    /// (the person accepts again), holding a place when one is free in every limit, else on the waitlist.
    /// </summary>
    public async Task RenominateAsync(Event ev, int participantId, Action<Participant> update, string byUserId, CancellationToken ct = default)
    {
        await ConflictRetry.RunAsync(db, async ct =>
        {
            var participant = await db.Participants.SingleAsync(p => p.Id == participantId && p.EventId == ev.Id, ct);
            var before = participant.Status;
            participant.Renominate();
            update(participant);
            var counters = await CountersAsync(ev, participant, ct);
            if (counters.All(c => c.Counter.Used < c.Limit))
            {
                counters.ForEach(c => c.Counter.TryTake(c.Limit));
            }
            else
            {
                participant.Waitlist(clock.GetUtcNow().UtcDateTime);
            }

            db.ParticipantStatusChanges.Add(new ParticipantStatusChange(participant.Id, before, participant.Status, clock.GetUtcNow().UtcDateTime, byUserId,
                "Nominated again by the focal point"));
            Announce(ev, participant, NotificationKind.Nominated);
            await db.SaveChangesAsync(ct);
        }, ct);

        outbox.SendCommitted();
    }

    /// <summary>
    /// The secretariat moves a registration to another category or delegation (country represented). A place held moves
    /// with it: the old quota's place is given back and the new quota's taken; a full quota is refused unless
    /// <paramref name="overQuota"/> says the secretariat goes over it on purpose. The reason is kept in the history.
    /// </summary>
    public async Task<ReassignOutcome> ReassignAsync(Event ev, int participantId, ParticipantCategory category, int? delegationId, bool overQuota,
        string byUserId, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new Domain.Common.DomainException("Give a reason: the registration's history keeps it.", "Reason");
        }

        var outcome = ReassignOutcome.Unchanged;
        await ConflictRetry.RunAsync(db, async ct =>
        {
            var participant = await db.Participants.SingleAsync(p => p.Id == participantId && p.EventId == ev.Id, ct);
            var target = delegationId is null ? null : await db.Delegations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == delegationId && d.EventId == ev.Id, ct)
                ?? throw new Domain.Common.DomainException("The delegation belongs to another event.", "DelegationId");
            if (participant.Category == category && participant.DelegationId == delegationId)
            {
                outcome = ReassignOutcome.Unchanged;
                return;
            }

            var fromText = await DescribeAsync(participant.Category, participant.DelegationId, ct);
            // Both lookups share the counters they make: a counter created for the first is not yet in the database for the second.
            var known = new Dictionary<string, CapacityCounter>(StringComparer.Ordinal);
            if (participant.HoldsPlace)
            {
                (await QuotaCounterAsync(ev, participant, known, ct))?.Counter.Release();
            }

            participant.SetCategory(category);
            if (target is null)
            {
                participant.LeaveDelegation();
            }
            else
            {
                participant.JoinDelegation(target);
            }

            if (participant.HoldsPlace && await QuotaCounterAsync(ev, participant, known, ct) is { } quota && !quota.Counter.TryTake(overQuota ? int.MaxValue : quota.Limit))
            {
                throw new QuotaFullException(quota.Counter.Used, quota.Limit);
            }

            var toText = await DescribeAsync(category, delegationId, ct);
            db.ParticipantStatusChanges.Add(new ParticipantStatusChange(participant.Id, participant.Status, participant.Status, clock.GetUtcNow().UtcDateTime,
                byUserId, $"{fromText} → {toText}: {reason.Trim()}"));
            await db.SaveChangesAsync(ct);
            outcome = ReassignOutcome.Moved;
        }, ct);
        return outcome;
    }

    private async Task<string> DescribeAsync(ParticipantCategory category, int? delegationId, CancellationToken ct)
    {
        var country = delegationId is null ? null : await db.Delegations.AsNoTracking().Where(d => d.Id == delegationId).Select(d => d.CountryCode).SingleAsync(ct);
        return country is null ? $"{category}, no delegation" : $"{category}, {Domain.Common.Countries.Name(country, chinese: false)}";
    }

    private async Task<(CapacityCounter Counter, int Limit)?> QuotaCounterAsync(Event ev, Participant participant, Dictionary<string, CapacityCounter> known,
        CancellationToken ct)
    {
        var scope = participant.DelegationId is { } id ? CapacityCounter.QuotaScope(id, participant.Category) : null;
        var quota = (await CountersAsync(ev, participant, ct, known)).Where(c => c.Counter.Scope == scope).ToList();
        return quota.Count == 0 ? null : quota[0];
    }

    /// <summary>The nominee says yes and accepts the privacy notice; the registration goes to the secretariat's review.</summary>
    public async Task AcceptNominationAsync(Event ev, int participantId, string privacyNoticeVersion, CancellationToken ct = default)
    {
        var participant = await db.Participants.SingleAsync(p => p.Id == participantId && p.EventId == ev.Id, ct);
        var before = participant.Status;
        participant.Accept(privacyNoticeVersion, clock.GetUtcNow().UtcDateTime);
        if (participant.Status != before)
        {
            db.ParticipantStatusChanges.Add(new ParticipantStatusChange(participant.Id, before, participant.Status, clock.GetUtcNow().UtcDateTime,
                participant.UserId, "Nomination accepted"));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Secretariat decisions on a registration that already holds or waits for a place.</summary>
    public async Task DecideAsync(Event ev, int participantId, ParticipantStatus decision, string byUserId, string? reason, CancellationToken ct = default)
    {
        if (decision == ParticipantStatus.Cancelled)
        {
            await CancelAsync(ev, participantId, byUserId, reason, ct);
            return;
        }

        var participant = await db.Participants.SingleAsync(p => p.Id == participantId && p.EventId == ev.Id, ct);
        var before = participant.Status;
        var held = participant.HoldsPlace;
        switch (decision)
        {
            case ParticipantStatus.Confirmed:
                if (!held)
                {
                    // Confirming someone from the waitlist takes a place; the secretariat may go over a limit on purpose.
                    (await CountersAsync(ev, participant, ct)).ForEach(c => c.Counter.TryTake(int.MaxValue));
                }

                participant.Confirm();
                break;
            case ParticipantStatus.Waitlisted:
                participant.Waitlist(clock.GetUtcNow().UtcDateTime);
                if (held)
                {
                    (await CountersAsync(ev, participant, ct)).ForEach(c => c.Counter.Release());
                }

                break;
            case ParticipantStatus.Declined:
                participant.Decline();
                if (held)
                {
                    (await CountersAsync(ev, participant, ct)).ForEach(c => c.Counter.Release());
                }

                break;
            default:
                throw new Domain.Common.DomainException("This decision is not available.");
        }

        db.ParticipantStatusChanges.Add(new ParticipantStatusChange(participant.Id, before, participant.Status, clock.GetUtcNow().UtcDateTime, byUserId, reason));
        Announce(ev, participant);
        await db.SaveChangesAsync(ct);
        outbox.SendCommitted();
        if (participant.Status != ParticipantStatus.Confirmed)
        {
            // Visits are for confirmed participants: seats held by someone no longer confirmed go to the waitlist.
            await siteVisits.LeaveAllAsync(participantId, ct);
        }
    }

    /// <summary>Waitlisted people in order: those of the leaving person's quota first, then everyone else, earliest first.</summary>
    private async Task<List<Participant>> InLineAsync(Event ev, Participant leaving, CancellationToken ct)
    {
        var waiting = await db.Participants.Where(p => p.EventId == ev.Id && p.Status == ParticipantStatus.Waitlisted)
            .OrderBy(p => p.WaitlistedAt).ThenBy(p => p.Id).Take(200).ToListAsync(ct);
        return waiting.OrderBy(p => p.DelegationId == leaving.DelegationId && p.Category == leaving.Category ? 0 : 1).ToList();
    }

    private async Task<int?> QuotaAsync(Participant participant, CancellationToken ct)
    {
        if (participant.DelegationId is not { } delegationId)
        {
            return null;
        }

        var delegation = await db.Delegations.AsNoTracking().SingleAsync(d => d.Id == delegationId, ct);
        return delegation.QuotaFor(participant.Category);
    }

    /// <summary>
    /// The limits that apply to this participant, each with its counter. A missing counter is created from the saved
    /// registrations, so it counts what the database holds before this change (the caller then takes or releases).
    /// </summary>
    private async Task<List<(CapacityCounter Counter, int Limit)>> CountersAsync(Event ev, Participant participant, CancellationToken ct,
        Dictionary<string, CapacityCounter>? known = null)
    {
        var limits = new List<(string Scope, int Limit, Func<IQueryable<Participant>, IQueryable<Participant>> Holders)>();
        if (ev.Capacity is { } capacity)
        {
            limits.Add((CapacityCounter.EventScope, capacity, q => q));
        }

        if (await QuotaAsync(participant, ct) is { } quota)
        {
            var delegationId = participant.DelegationId;
            var category = participant.Category;
            limits.Add((CapacityCounter.QuotaScope(delegationId!.Value, category), quota, q => q.Where(p => p.DelegationId == delegationId && p.Category == category)));
        }

        var result = new List<(CapacityCounter, int)>();
        foreach (var (scope, limit, holders) in limits)
        {
            // A counter this unit of work already holds (made for an earlier person of an import) is the one to use.
            var counter = known?.GetValueOrDefault(scope) ?? await db.CapacityCounters.SingleOrDefaultAsync(c => c.EventId == ev.Id && c.Scope == scope, ct);
            if (counter is null)
            {
                counter = new CapacityCounter(ev.Id, scope);
                counter.Recount(await holders(db.Participants.Where(p => p.EventId == ev.Id && Participant.HoldingPlace.Contains(p.Status))).CountAsync(ct));
                db.CapacityCounters.Add(counter);
            }

            if (known is not null)
            {
                known[scope] = counter;
            }

            result.Add((counter, limit));
        }

        return result;
    }

    private static Participant Reset(Participant participant, bool nominated)
    {
        // The tracked copy was discarded with the failed transaction; a fresh one is decided again.
        var fresh = new Participant(participant.EventId,
            new PersonName(participant.Honorific, participant.GivenName, participant.FamilyName, participant.NameOrder, participant.NativeName),
            participant.Email, participant.Nationality, participant.Category);
        fresh.SetContact(participant.Email, participant.Phone);
        fresh.SetAffiliation(participant.Position, participant.OrganizationId);
        fresh.SetNeeds(participant.DietaryNeeds, participant.AccessibilityNeeds, participant.InterpretationLanguage);
        fresh.SetTravel(participant.ArrivalAt, participant.ArrivalFlight, participant.DepartureAt, participant.DepartureFlight, participant.Hotel);
        fresh.SetProtocolRank(participant.ProtocolRank);
        if (participant.UserId is { } user)
        {
            fresh.LinkAccount(user);
        }

        if (participant.PrivacyConsentVersion is { } version)
        {
            fresh.GiveConsent(version, participant.PrivacyConsentAt!.Value);
        }

        if (participant.DelegationId is { } delegationId)
        {
            fresh.AssignDelegation(delegationId);
        }

        if (nominated)
        {
            fresh.MarkNominated();
        }

        return fresh;
    }

    /// <summary>
    /// Tells the person their new status (the mail is written in both languages when it is sent). It waits
    /// <see cref="ReminderOptions.AnnouncementDelay"/>, so a newer status replaces it (see <see cref="Notification.IsRegistrationNews"/>).
    /// </summary>
    public void Announce(Event ev, Participant participant, NotificationKind kind = NotificationKind.StatusChanged)
    {
        if (!string.IsNullOrWhiteSpace(participant.Email))
        {
            outbox.Add(Notification.Announce(ev.Id, kind, participant.Email, "Participant", participant.Id,
                clock.GetUtcNow().UtcDateTime + options.Value.AnnouncementDelay, participant.Status.ToString()));
        }
    }
}

public enum ReassignOutcome
{
    Unchanged,
    Moved,
}

/// <summary>The quota of the category and delegation a registration was moved to is used; the secretariat may go over it with a reason.</summary>
public sealed class QuotaFullException(int used, int limit) : Exception("The quota for this category and delegation is full.")
{
    public int Used { get; } = used;
    public int Limit { get; } = limit;
}
