using System.Security.Cryptography;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Jobs;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.Pdf;
using DialogueOps.Web.Infrastructure.Privacy;
using Hangfire;
using Microsoft.EntityFrameworkCore;

using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Features.Notifications;

namespace DialogueOps.Web.Features.VisaLetters;

/// <summary>
/// Every step of a visa letter: the delegate's request and answers, the secretariat's decisions, numbering and issuing the
/// PDF, revocation. Pages stay thin and call this; each step mails the delegate in English and Chinese.
/// </summary>
public sealed class VisaLetterDesk(
    DialogueOpsDbContext db,
    PassportVault vault,
    Outbox outbox,
    TimeProvider clock,
    IBackgroundJobClient jobs,
    IConfiguration configuration)
{
    public const string BulkIssueKind = "visa-letters";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The delegate's first request; refused after the deadline or when one is already open.</summary>
    public async Task<VisaLetterRequest> SubmitAsync(Event ev, Participant participant, VisaLetterApplication application, CancellationToken ct)
    {
        if (!ev.AcceptsVisaRequests(Now))
        {
            throw new DomainException("The deadline for visa-letter requests has passed. Please write to the secretariat.");
        }

        if (participant.Status is ParticipantStatus.Cancelled or ParticipantStatus.Declined)
        {
            throw new DomainException("Only an active registration can ask for a visa letter.");
        }

        if (await db.VisaLetterRequests.AnyAsync(r => r.ParticipantId == participant.Id
                && r.Status != VisaLetterStatus.Rejected && r.Status != VisaLetterStatus.Revoked, ct))
        {
            throw new DomainException("You already have a visa-letter request for this event.");
        }

        var (number, dateOfBirth) = await vault.KeepAsync(participant.Id, application.Passport, ct);
        var request = new VisaLetterRequest(ev.Id, participant.Id, application.Trip, application.Facts, number, dateOfBirth, Now);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.VisaLetterRequests.Add(request);
            await db.SaveChangesAsync(ct);
            Announce(ev.Id, participant, request);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        outbox.SendCommitted();
        return request;
    }

    /// <summary>The delegate answers "needs information": corrected data and a reply, back to the queue.</summary>
    public async Task AmendAsync(Event ev, Participant participant, VisaLetterRequest request, VisaLetterApplication application, string? reply, CancellationToken ct)
    {
        var (number, dateOfBirth) = await vault.KeepAsync(participant.Id, application.Passport, ct);
        request.Amend(application.Trip, application.Facts, number, dateOfBirth, reply, Now);
        Announce(ev.Id, participant, request);
        await db.SaveChangesAsync(ct);
        outbox.SendCommitted();
    }

    public Task ApproveAsync(int eventId, int requestId, string reviewerId, CancellationToken ct) =>
        DecideAsync(eventId, requestId, r => r.Approve(reviewerId, Now), ct);

    public Task RejectAsync(int eventId, int requestId, string reviewerId, string? reason, CancellationToken ct) =>
        DecideAsync(eventId, requestId, r => r.Reject(reviewerId, reason ?? "", Now), ct);

    public Task AskForInformationAsync(int eventId, int requestId, string reviewerId, string? question, CancellationToken ct) =>
        DecideAsync(eventId, requestId, r => r.AskForInformation(reviewerId, question ?? "", Now), ct);

    public Task RevokeAsync(int eventId, int requestId, string reviewerId, string? reason, CancellationToken ct) =>
        DecideAsync(eventId, requestId, r => r.Revoke(reviewerId, reason ?? "", Now), ct);

    /// <summary>Approves every submitted request among <paramref name="requestIds"/>; returns how many changed.</summary>
    public async Task<int> ApproveManyAsync(int eventId, IReadOnlyCollection<int> requestIds, string reviewerId, CancellationToken ct)
    {
        var approved = 0;
        foreach (var id in requestIds.Distinct())
        {
            var request = await db.VisaLetterRequests.SingleOrDefaultAsync(r => r.Id == id && r.EventId == eventId, ct);
            if (request?.Status == VisaLetterStatus.Submitted)
            {
                await ApproveAsync(eventId, id, reviewerId, ct);
                approved++;
            }
        }

        return approved;
    }

    /// <summary>
    /// Numbers, renders and records one letter, and puts its mail in the outbox in the same transaction, so a crash can
    /// lose neither (the outbox sends it once). Reentrant: an already issued letter is left as it is, so a
    /// job re-run after a crash never numbers a letter twice. The number is the event's highest plus one, taken inside the
    /// transaction that saves it; the unique index on (event, sequence) turns a race into a retry, never a gap or a duplicate.
    /// </summary>
    public async Task<VisaLetterRequest> IssueAsync(int eventId, int requestId, string issuerUserId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var request = await ConflictRetry.RunAsync(db, async ct =>
        {
            var request = await db.VisaLetterRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.EventId == eventId, ct)
                ?? throw new DomainException("This request does not exist.");
            if (request.Status == VisaLetterStatus.Issued)
            {
                return request;
            }

            var ev = await db.Events.AsNoTracking().Include(e => e.Hosts).ThenInclude(h => h.Organization).SingleAsync(e => e.Id == eventId, ct);
            var participant = await db.Participants.AsNoTracking().SingleAsync(p => p.Id == request.ParticipantId, ct);
            var sequence = 1 + (await db.VisaLetterRequests.Where(r => r.EventId == eventId).MaxAsync(r => r.ReferenceSequence, ct) ?? 0);
            var reference = VisaLetterRequest.FormatReference(ev.VisaLetters.ReferencePrefix, ev.StartDate.Year, sequence);
            var secrets = vault.Open(request.ProtectedPassportNumber, request.ProtectedDateOfBirth, request.ParticipantId, issuerUserId, PassportUse.LetterIssue)
                ?? throw new DomainException("The passport data was erased; the letter cannot be issued.");
            var pdf = Render(ev, participant, request, secrets, reference, Now);
            request.Issue(ev.VisaLetters.ReferencePrefix, ev.StartDate.Year, sequence, Convert.ToHexString(SHA256.HashData(pdf)).ToLowerInvariant(),
                vault.SealDocument(pdf), Now);
            await db.SaveChangesAsync(ct);
            outbox.Add(new Notification(eventId, NotificationKind.LetterIssued, participant.Email, "VisaLetterRequest", request.Id, Now));
            await db.SaveChangesAsync(ct);
            return request;
        }, ct);
        outbox.SendCommitted();
        return request;
    }

    /// <summary>Starts issuing the approved requests among <paramref name="requestIds"/> in the background; the page follows the run.</summary>
    public async Task<JobRun?> StartBulkIssueAsync(int eventId, IReadOnlyCollection<int> requestIds, string userId, CancellationToken ct)
    {
        var approved = await db.VisaLetterRequests.Where(r => r.EventId == eventId && requestIds.Contains(r.Id) && r.Status == VisaLetterStatus.Approved)
            .ToListAsync(ct);
        if (approved.Count == 0)
        {
            return null;
        }

        var run = new JobRun(eventId, BulkIssueKind, approved.Count, userId, Now);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(ct);
            approved.ForEach(r => r.QueueForIssue(run.Id));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        jobs.Enqueue<IssueLettersJob>(job => job.RunAsync(run.Id, CancellationToken.None));
        return run;
    }

    /// <summary>The letter exactly as issued and mailed (the reading is audited); null before issue and once the passport data is gone.</summary>
    public async Task<byte[]?> LetterPdfAsync(VisaLetterRequest request, string? viewerUserId, PassportUse use, CancellationToken ct)
    {
        if (request.Status is not (VisaLetterStatus.Issued or VisaLetterStatus.Revoked))
        {
            return null;
        }

        var pdf = vault.OpenDocument(request.ProtectedDocument, request.ParticipantId, viewerUserId, use);
        await db.SaveChangesAsync(ct);
        return pdf;
    }

    public string VerificationUrl(string code) =>
        $"{(configuration["App:PublicBaseUrl"] ?? "http://127.0.0.1:5080").TrimEnd('/')}/verify/{code}";

    private byte[] Render(Event ev, Participant participant, VisaLetterRequest request, PassportSecrets secrets, string reference, DateTime issuedAtUtc)
    {
        var organization = participant.OrganizationId is { } orgId
            ? db.Organizations.AsNoTracking().Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefault()
            : null;
        var data = new VisaLetterData(
            reference,
            DateOnly.FromDateTime(EventTimeZone.ToLocal(issuedAtUtc, ev.Zone)),
            ev.Title, ev.LocalTitle, ev.Theme, ev.Venue, ev.City, ev.StartDate, ev.EndDate,
            ev.Hosts.Where(h => h.Role != HostRole.Partner).OrderBy(h => h.Order)
                .Select(h => new VisaLetterData.Host(h.Organization.Name, h.Organization.LocalName, h.SignatoryName ?? "", h.SignatoryTitle)).ToList(),
            request.Consulate, request.NameAsInPassport, secrets.Number, request.Nationality, secrets.DateOfBirth,
            participant.Position, organization, request.EntryDate, request.ExitDate,
            ev.VisaLetters.CoveredCosts, ev.VisaLetters.CoveredCostsLocal, ev.VisaLetters.Bilingual,
            VerificationUrl(request.VerificationCode));
        return new VisaLetterDocument(data, issuedAtUtc).GeneratePdf();
    }

    private async Task DecideAsync(int eventId, int requestId, Action<VisaLetterRequest> decide, CancellationToken ct)
    {
        var request = await db.VisaLetterRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.EventId == eventId, ct)
            ?? throw new DomainException("This request does not exist.");
        decide(request);
        var participant = await db.Participants.AsNoTracking().SingleAsync(p => p.Id == request.ParticipantId, ct);
        Announce(eventId, participant, request);
        await db.SaveChangesAsync(ct);
        outbox.SendCommitted();
    }

    /// <summary>Tells the person where their request stands; the outbox writes the mail (both languages) when it sends it.</summary>
    private void Announce(int eventId, Participant participant, VisaLetterRequest request)
    {
        if (!string.IsNullOrWhiteSpace(participant.Email))
        {
            outbox.Add(Notification.Announce(eventId, NotificationKind.VisaLetterStatusChanged, participant.Email, "VisaLetterRequest", request.Id, Now, request.Status.ToString()));
        }
    }
}
