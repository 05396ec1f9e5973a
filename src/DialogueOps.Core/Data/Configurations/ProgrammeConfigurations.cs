using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Programme;
using DialogueOps.Domain.SiteVisits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DialogueOps.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        // A room with sessions cannot be deleted (and Event → Room → Session would be a second path).
        e.HasOne<Room>().WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.NoAction);
        e.HasMany(x => x.Roles).WithOne().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Roles).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasIndex(x => new { x.EventId, x.StartsAt });
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.LocalTitle).HasMaxLength(300);
        e.Property(x => x.Description).HasMaxLength(4000);
        e.Property(x => x.Languages).HasMaxLength(100);
        e.Property(x => x.ConflictOverrideReason).HasMaxLength(500);
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class SessionRoleConfiguration : IEntityTypeConfiguration<SessionRole>
{
    public void Configure(EntityTypeBuilder<SessionRole> e)
    {
        e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.NoAction);
        // Filtered: SQL Server counts NULLs as equal in a unique index, and a session may name several people not yet registered.
        e.HasIndex(x => new { x.SessionId, x.ParticipantId, x.Role }).IsUnique().HasFilter("[ParticipantId] IS NOT NULL");
        e.Property(x => x.GuestName).HasMaxLength(PersonLink.NameMaxLength);
        e.Property(x => x.GuestPosition).HasMaxLength(PersonLink.TextMaxLength);
        e.Property(x => x.GuestAffiliation).HasMaxLength(PersonLink.TextMaxLength);
        e.Property(x => x.GuestCountry).HasMaxLength(2).IsFixedLength();
    }
}

internal sealed class SiteVisitConfiguration : IEntityTypeConfiguration<SiteVisit>
{
    public void Configure(EntityTypeBuilder<SiteVisit> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.HostOrganizationId).OnDelete(DeleteBehavior.NoAction);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.LocalTitle).HasMaxLength(300);
        e.Property(x => x.MeetingPoint).HasMaxLength(500);
        e.Property(x => x.Transport).HasMaxLength(1000);
        e.Property(x => x.Rules).HasMaxLength(4000);
        e.Property(x => x.HostContactEmail).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.OwnsMany(x => x.Vehicles, v =>
        {
            v.ToTable("SiteVisitVehicles");
            v.WithOwner().HasForeignKey("SiteVisitId");
            v.Property<int>("Id");
            v.HasKey("Id");
            v.Property(x => x.Name).HasMaxLength(100);
        });
        e.Navigation(x => x.Vehicles).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.Ignore(x => x.SeatsLeft);
        e.Ignore(x => x.SignupClosesAt);
    }
}

internal sealed class SiteVisitSignupConfiguration : IEntityTypeConfiguration<SiteVisitSignup>
{
    public void Configure(EntityTypeBuilder<SiteVisitSignup> e)
    {
        e.HasOne<SiteVisit>().WithMany().HasForeignKey(x => x.SiteVisitId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(x => new { x.SiteVisitId, x.ParticipantId }).IsUnique();
        // Two people can never hold the same waitlist position: the database settles concurrent sign-ups.
        e.HasIndex(x => new { x.SiteVisitId, x.WaitlistPosition }).IsUnique().HasFilter("[WaitlistPosition] IS NOT NULL");
        e.HasIndex(x => x.ParticipantId);
        e.Ignore(x => x.IsActive);
    }
}

internal sealed class ProgrammeChangeConfiguration : IEntityTypeConfiguration<ProgrammeChange>
{
    public void Configure(EntityTypeBuilder<ProgrammeChange> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.At });
        e.Property(x => x.Text).HasMaxLength(1000);
        e.Property(x => x.LocalText).HasMaxLength(1000);
    }
}
