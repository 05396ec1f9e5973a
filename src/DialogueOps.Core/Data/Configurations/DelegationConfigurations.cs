using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DialogueOps.Data.Configurations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.CountryCode }).IsUnique();
        e.Property(x => x.CountryCode).HasMaxLength(2).IsFixedLength();
        e.HasOne<Participant>().WithMany().HasForeignKey(x => x.HeadOfDelegationId).OnDelete(DeleteBehavior.NoAction);
        e.OwnsMany(x => x.Quotas, q =>
        {
            q.ToTable("DelegationQuotas");
            q.WithOwner().HasForeignKey("DelegationId");
            q.Property<int>("Id");
            q.HasKey("Id");
            q.HasIndex("DelegationId", nameof(DelegationQuota.Category)).IsUnique();
        });
        e.Navigation(x => x.Quotas).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        // A delegation with members cannot be deleted; and Event → Delegation → Participant would be a second cascade path.
        e.HasOne<Delegation>().WithMany().HasForeignKey(x => x.DelegationId).OnDelete(DeleteBehavior.NoAction);
        e.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(x => new { x.EventId, x.Email }).IsUnique();
        e.HasIndex(x => new { x.EventId, x.Status });
        e.HasIndex(x => x.UserId);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Honorific).HasMaxLength(50);
        e.Property(x => x.GivenName).HasMaxLength(100);
        e.Property(x => x.FamilyName).HasMaxLength(100);
        e.Property(x => x.NativeName).HasMaxLength(200);
        e.Property(x => x.Position).HasMaxLength(300);
        e.Property(x => x.Nationality).HasMaxLength(2).IsFixedLength();
        e.Property(x => x.Email).HasMaxLength(256);
        e.Property(x => x.Phone).HasMaxLength(50);
        e.Property(x => x.DietaryNeeds).HasMaxLength(500);
        e.Property(x => x.AccessibilityNeeds).HasMaxLength(500);
        e.Property(x => x.InterpretationLanguage).HasMaxLength(35);
        e.Property(x => x.ArrivalFlight).HasMaxLength(20);
        e.Property(x => x.DepartureFlight).HasMaxLength(20);
        e.Property(x => x.Hotel).HasMaxLength(200);
        e.Property(x => x.PrivacyConsentVersion).HasMaxLength(20);
        e.Property(x => x.SearchText).HasMaxLength(1200);
        e.Property(x => x.CheckInToken).HasMaxLength(64);
        e.HasIndex(x => x.CheckInToken).IsUnique();
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.LatinName);
    }
}

internal sealed class PassportDetailsConfiguration : IEntityTypeConfiguration<PassportDetails>
{
    public void Configure(EntityTypeBuilder<PassportDetails> e)
    {
        e.HasOne<Participant>().WithOne().HasForeignKey<PassportDetails>(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.ParticipantId).IsUnique();
        // Ciphertext from Data Protection: base64url of the payload, a few times the clear text.
        e.Property(x => x.ProtectedNumber).HasMaxLength(500);
        e.Property(x => x.ProtectedDateOfBirth).HasMaxLength(500);
        e.Property(x => x.IssuingCountry).HasMaxLength(2).IsFixedLength();
        e.Property(x => x.Nationality).HasMaxLength(2).IsFixedLength();
        e.Property(x => x.NameAsInPassport).HasMaxLength(100);
    }
}

internal sealed class ParticipantStatusChangeConfiguration : IEntityTypeConfiguration<ParticipantStatusChange>
{
    public void Configure(EntityTypeBuilder<ParticipantStatusChange> e)
    {
        e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.ParticipantId, x.At });
        e.Property(x => x.ByUserId).HasMaxLength(450);
        e.Property(x => x.Reason).HasMaxLength(1000);
    }
}

internal sealed class CapacityCounterConfiguration : IEntityTypeConfiguration<CapacityCounter>
{
    public void Configure(EntityTypeBuilder<CapacityCounter> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.Scope }).IsUnique();
        e.Property(x => x.Scope).HasMaxLength(100);
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}
