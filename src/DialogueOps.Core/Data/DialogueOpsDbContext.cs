using DialogueOps.Domain.Audit;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Jobs;
using DialogueOps.Domain.Notifications;
using DialogueOps.Domain.Outcomes;
using DialogueOps.Domain.Programme;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Domain.VisaLetters;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DialogueOps.Data;

public class DialogueOpsDbContext(DbContextOptions<DialogueOpsDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventHost> EventHosts => Set<EventHost>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<EventGrant> EventGrants => Set<EventGrant>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<PassportDetails> PassportDetails => Set<PassportDetails>();
    public DbSet<ParticipantStatusChange> ParticipantStatusChanges => Set<ParticipantStatusChange>();
    public DbSet<CapacityCounter> CapacityCounters => Set<CapacityCounter>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<SessionRole> SessionRoles => Set<SessionRole>();
    public DbSet<ProgrammeChange> ProgrammeChanges => Set<ProgrammeChange>();
    public DbSet<SiteVisit> SiteVisits => Set<SiteVisit>();
    public DbSet<SiteVisitSignup> SiteVisitSignups => Set<SiteVisitSignup>();
    public DbSet<VisaLetterRequest> VisaLetterRequests => Set<VisaLetterRequest>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ReminderRule> ReminderRules => Set<ReminderRule>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<SessionOutcome> SessionOutcomes => Set<SessionOutcome>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<FollowUpAction> FollowUpActions => Set<FollowUpAction>();
    public DbSet<OutcomeSummary> OutcomeSummaries => Set<OutcomeSummary>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<JobRunFile> JobRunFiles => Set<JobRunFile>();

    /// <summary>Data Protection's key ring: the passport key survives restarts and is shared by every web node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DialogueOpsDbContext).Assembly);
        Configurations.IdentityLengths.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC everywhere; SQLite forgets DateTimeKind, so say it on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.Kind == DateTimeKind.Local ? toStore.ToUniversalTime() : toStore,
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}
