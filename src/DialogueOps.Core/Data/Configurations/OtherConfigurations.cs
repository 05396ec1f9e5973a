using DialogueOps.Domain.Audit;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Jobs;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Outcomes;
using DialogueOps.Domain.Programme;
using DialogueOps.Domain.VisaLetters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DialogueOps.Data.Configurations;

internal sealed class VisaLetterRequestConfiguration : IEntityTypeConfiguration<VisaLetterRequest>
{
    public void Configure(EntityTypeBuilder<VisaLetterRequest> e)
    {
        e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        // EventId is there for per-event numbering; cascading from Event too would make two paths.
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(x => new { x.EventId, x.ReferenceSequence }).IsUnique().HasFilter("[ReferenceSequence] IS NOT NULL");
        e.HasIndex(x => x.VerificationCode).IsUnique();
        e.HasIndex(x => new { x.EventId, x.Status });
        e.HasIndex(x => x.ParticipantId);
        e.Property(x => x.ProtectedPassportNumber).HasMaxLength(500);
        e.Property(x => x.ProtectedDateOfBirth).HasMaxLength(500);
        e.Property(x => x.PassportIssuingCountry).HasMaxLength(2).IsFixedLength();
        e.Property(x => x.Nationality).HasMaxLength(2).IsFixedLength();
        e.Property(x => x.NameAsInPassport).HasMaxLength(VisaLetterApplication.NameMaxLength);
        e.Property(x => x.Consulate).HasMaxLength(VisaLetterApplication.ConsulateMaxLength);
        e.Property(x => x.Note).HasMaxLength(VisaLetterApplication.NoteMaxLength);
        e.Property(x => x.Reply).HasMaxLength(VisaLetterApplication.NoteMaxLength);
        e.Property(x => x.InformationRequested).HasMaxLength(VisaLetterRequest.ReasonMaxLength);
        e.Property(x => x.RejectionReason).HasMaxLength(VisaLetterRequest.ReasonMaxLength);
        e.Property(x => x.RevocationReason).HasMaxLength(VisaLetterRequest.ReasonMaxLength);
        e.Property(x => x.ReviewerId).HasMaxLength(450);
        e.Property(x => x.ReferenceNumber).HasMaxLength(40);
        e.Property(x => x.VerificationCode).HasMaxLength(64);
        e.Property(x => x.DocumentHash).HasMaxLength(128);
        e.Ignore(x => x.CanBeAmended);
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.IdempotencyKey).IsUnique();
        e.HasIndex(x => new { x.SentAt, x.DueAt });
        e.HasIndex(x => new { x.EventId, x.Kind });
        e.Ignore(x => x.State);
        e.Property(x => x.IdempotencyKey).HasMaxLength(400);
        e.Property(x => x.RecipientEmail).HasMaxLength(256);
        e.Property(x => x.SubjectType).HasMaxLength(64);
        e.Property(x => x.Detail).HasMaxLength(64);
        e.Property(x => x.LastError).HasMaxLength(2000);
    }
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.CreatedAt });
        e.Property(x => x.Subject).HasMaxLength(Announcement.SubjectMaxLength);
        e.Property(x => x.LocalSubject).HasMaxLength(Announcement.SubjectMaxLength);
        e.Property(x => x.Body).HasMaxLength(Announcement.BodyMaxLength);
        e.Property(x => x.LocalBody).HasMaxLength(Announcement.BodyMaxLength);
        e.Property(x => x.AudienceValue).HasMaxLength(64);
        e.Property(x => x.AudienceDescription).HasMaxLength(300);
        e.Property(x => x.CreatedByUserId).HasMaxLength(450);
    }
}

internal sealed class ReminderRuleConfiguration : IEntityTypeConfiguration<ReminderRule>
{
    public void Configure(EntityTypeBuilder<ReminderRule> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.Kind }).IsUnique();
        e.Property(x => x.Audience).HasMaxLength(100);
    }
}

internal sealed class SessionOutcomeConfiguration : IEntityTypeConfiguration<SessionOutcome>
{
    public void Configure(EntityTypeBuilder<SessionOutcome> e)
    {
        e.HasOne<Session>().WithOne().HasForeignKey<SessionOutcome>(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Participant>().WithMany().HasForeignKey(x => x.RapporteurParticipantId).OnDelete(DeleteBehavior.NoAction);
        e.HasMany(x => x.Recommendations).WithOne().HasForeignKey(r => r.SessionOutcomeId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.FollowUps).WithOne().HasForeignKey(f => f.SessionOutcomeId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Recommendations).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.Navigation(x => x.FollowUps).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.Property(x => x.KeyPoints).HasMaxLength(SessionOutcome.KeyPointsMaxLength);
        e.Property(x => x.LastEditedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> e)
    {
        e.HasOne<Delegation>().WithMany().HasForeignKey(x => x.ProposingDelegationId).OnDelete(DeleteBehavior.NoAction);
        e.Property(x => x.Text).HasMaxLength(SessionOutcome.TextMaxLength);
        e.Property(x => x.Tags).HasMaxLength(SessionOutcome.TagsMaxLength);
        e.Ignore(x => x.TagList);
    }
}

internal sealed class FollowUpActionConfiguration : IEntityTypeConfiguration<FollowUpAction>
{
    public void Configure(EntityTypeBuilder<FollowUpAction> e)
    {
        e.Property(x => x.Action).HasMaxLength(SessionOutcome.ActionMaxLength);
        e.Property(x => x.Owner).HasMaxLength(SessionOutcome.OwnerMaxLength);
    }
}

internal sealed class OutcomeSummaryConfiguration : IEntityTypeConfiguration<OutcomeSummary>
{
    public void Configure(EntityTypeBuilder<OutcomeSummary> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.EventId).IsUnique();
        e.Property(x => x.Introduction).HasMaxLength(20_000);
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> e)
    {
        e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.NoAction);
        // A second scan changes nothing: one row per person per day or per session.
        e.HasIndex(x => new { x.ParticipantId, x.Day }).IsUnique().HasFilter("[Day] IS NOT NULL");
        e.HasIndex(x => new { x.ParticipantId, x.SessionId }).IsUnique().HasFilter("[SessionId] IS NOT NULL");
        e.Property(x => x.ByUserId).HasMaxLength(450);
    }
}

internal sealed class JobRunFileConfiguration : IEntityTypeConfiguration<JobRunFile>
{
    public void Configure(EntityTypeBuilder<JobRunFile> e)
    {
        e.HasOne<JobRun>().WithMany().HasForeignKey(x => x.JobRunId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.JobRunId).IsUnique();
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.Kind, x.CreatedAt });
        e.Property(x => x.Kind).HasMaxLength(50);
        e.Property(x => x.StartedByUserId).HasMaxLength(450);
        e.Property(x => x.LastError).HasMaxLength(1000);
        e.Ignore(x => x.IsFinished);
        e.Ignore(x => x.Percent);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.HasIndex(x => new { x.EntityType, x.EntityId });
        e.HasIndex(x => x.At);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Action).HasMaxLength(100);
        e.Property(x => x.EntityType).HasMaxLength(100);
        e.Property(x => x.EntityId).HasMaxLength(100);
    }
}
