using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Programme;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Domain.Notifications;
using DialogueOps.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

using DialogueOps.Web.Infrastructure;

namespace DialogueOps.Web.Features.SiteVisits;

/// <summary>
/// Sign-ups, cancellations and waitlist promotion. A seat is taken by updating the visit's counters inside a transaction
/// under its concurrency token: the database, not a count read a moment earlier, decides who gets the last seat.
/// </summary>
public sealed class SiteVisitDesk(DialogueOpsDbContext db, Outbox outbox, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<SiteVisitSignup> SignUpAsync(int visitId, int participantId, bool rulesAccepted, CancellationToken ct)
    {
        var visit = await db.SiteVisits.AsNoTracking().SingleOrDefaultAsync(v => v.Id == visitId, ct)
            ?? throw new DomainException("This visit does not exist.");
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == participantId && p.EventId == visit.EventId, ct)
            ?? throw new DomainException("Only confirmed participants can sign up for site visits.");
        if (participant.Status != ParticipantStatus.Confirmed)
        {
            throw new DomainException("Only confirmed participants can sign up for site visits.");
        }

        if (Now >= visit.SignupClosesAt)
        {
            throw new DomainException("Sign-up for this visit has closed.");
        }

        if (visit.Rules is not null && !rulesAccepted)
        {
            throw new DomainException("Accept the visit's rules to sign up.", "RulesAccepted");
        }

        if ((await ConflictsAsync(visit, participantId, ct)).Count > 0)
        {
            throw new DomainException("This visit overlaps another of your commitments.");
        }

        // Another sign-up may change the visit first: the helper counts again with fresh numbers.
        return await ConflictRetry.RunAsync(db, async ct =>
        {
            var tracked = await db.SiteVisits.SingleAsync(v => v.Id == visitId, ct);
            var signup = await db.SiteVisitSignups.SingleOrDefaultAsync(s => s.SiteVisitId == visitId && s.ParticipantId == participantId, ct);
            if (signup?.IsActive == true)
            {
                return signup;
            }

            var (status, ticket) = tracked.TakePlace();
            if (signup is null)
            {
                signup = new SiteVisitSignup(visitId, participantId, status, ticket, Now);
                db.SiteVisitSignups.Add(signup);
            }
            else
            {
                signup.Join(status, ticket, Now);
            }

            await db.SaveChangesAsync(ct);
            return signup;
        }, ct);
    }

    /// <summary>Cancels a sign-up; a seat it held goes to the first on the waitlist, who is told by email.</summary>
    public async Task CancelAsync(int visitId, int participantId, CancellationToken ct)
    {
        await ConflictRetry.RunAsync(db, async ct =>
        {
            var signup = await db.SiteVisitSignups.SingleOrDefaultAsync(s => s.SiteVisitId == visitId && s.ParticipantId == participantId, ct);
            if (signup?.IsActive != true)
            {
                return;
            }

            var visit = await db.SiteVisits.SingleAsync(v => v.Id == visitId, ct);
            var heldSeat = signup.Status == SignupStatus.Confirmed;
            signup.Cancel();
            if (heldSeat)
            {
                visit.FreePlace();
                var next = await db.SiteVisitSignups.Where(s => s.SiteVisitId == visitId && s.Status == SignupStatus.Waitlisted)
                    .OrderBy(s => s.WaitlistPosition).FirstOrDefaultAsync(ct);
                if (next is not null)
                {
                    visit.TakePlace();
                    next.Promote(Now);
                    var promotedEmail = await db.Participants.Where(p => p.Id == next.ParticipantId).Select(p => p.Email).SingleAsync(ct);
                    if (!string.IsNullOrWhiteSpace(promotedEmail))
                    {
                        outbox.Add(Notification.Announce(visit.EventId, NotificationKind.SiteVisitSeat, promotedEmail, "SiteVisit", visitId, Now));
                    }
                }
                else
                {
                    // Touch the visit so a concurrent sign-up re-counts against the freed seat.
                    db.Entry(visit).Property(v => v.Confirmed).IsModified = true;
                }
            }

            await db.SaveChangesAsync(ct);
        }, ct);
        outbox.SendCommitted();
    }

    /// <summary>The person left the event (cancelled, declined, substituted): every seat they held goes to the next in line.</summary>
    public async Task LeaveAllAsync(int participantId, CancellationToken ct)
    {
        var visits = await db.SiteVisitSignups.AsNoTracking()
            .Where(s => s.ParticipantId == participantId && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted))
            .Select(s => s.SiteVisitId).ToListAsync(ct);
        foreach (var visitId in visits)
        {
            await CancelAsync(visitId, participantId, ct);
        }
    }

    /// <summary>Where the person stands: 1 for the first waiting.</summary>
    public Task<int> WaitlistPositionAsync(SiteVisitSignup signup, CancellationToken ct) =>
        signup.WaitlistPosition is { } ticket
            ? db.SiteVisitSignups.CountAsync(s => s.SiteVisitId == signup.SiteVisitId && s.Status == SignupStatus.Waitlisted && s.WaitlistPosition < ticket, ct)
                .ContinueWith(t => t.Result + 1, ct, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default)
            : Task.FromResult(0);

    /// <summary>The programme's rule: nobody in two places at once (sessions they have a part in, other visits they signed up for).</summary>
    public async Task<IReadOnlyList<string>> ConflictsAsync(SiteVisit visit, int participantId, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == visit.EventId && s.Roles.Any(r => r.ParticipantId == participantId))
            .Select(s => new { s.Id, s.Title, s.StartsAt, s.EndsAt }).ToListAsync(ct);
        var visits = await (from s in db.SiteVisitSignups.AsNoTracking()
                            join v in db.SiteVisits.AsNoTracking() on s.SiteVisitId equals v.Id
                            where s.ParticipantId == participantId && v.Id != visit.Id
                                  && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted)
                            select new { v.Title, v.StartsAt, v.EndsAt }).ToListAsync(ct);
        var bookings = sessions.Select(s => new Booking(s.Id, s.Title, s.StartsAt, s.EndsAt, null, [participantId]))
            .Concat(visits.Select(v => new Booking(null, v.Title, v.StartsAt, v.EndsAt, null, [participantId])));
        return ProgrammeConflicts.Find(new ProposedSession(null, visit.StartsAt, visit.EndsAt, null, null, [participantId]),
                (visit.StartsAt, visit.EndsAt), bookings, new Dictionary<int, (string, int)>(), new Dictionary<int, string>())
            .Where(c => c.Kind == ConflictKind.PersonDoubleBooked)
            .Select(c => c.Subject.Split(" — ", 2)[^1]).Distinct().ToList();
    }
}
