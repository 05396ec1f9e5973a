using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.VisaLetters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DialogueOps.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> e)
    {
        e.HasIndex(x => x.Slug).IsUnique();
        e.Property(x => x.Slug).HasMaxLength(Event.SlugMaxLength);
        e.Property(x => x.Title).HasMaxLength(Event.TitleMaxLength);
        e.Property(x => x.LocalTitle).HasMaxLength(Event.TitleMaxLength);
        e.Property(x => x.Theme).HasMaxLength(500);
        e.Property(x => x.Venue).HasMaxLength(200);
        e.Property(x => x.City).HasMaxLength(100);
        e.Property(x => x.TimeZoneId).HasMaxLength(64);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasMany(x => x.Hosts).WithOne().HasForeignKey(h => h.EventId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Hosts).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.Ignore(x => x.Zone);
        e.Ignore(x => x.IsPublic);
        e.OwnsOne(x => x.VisaLetters, v =>
        {
            v.Property(p => p.ReferencePrefix).HasMaxLength(10).HasColumnName("VisaLetterReferencePrefix");
            v.Property(p => p.Bilingual).HasColumnName("VisaLetterBilingual");
            v.Property(p => p.CoveredCosts).HasMaxLength(VisaLetterPolicy.CoveredCostsMaxLength).HasColumnName("VisaLetterCoveredCosts");
            v.Property(p => p.CoveredCostsLocal).HasMaxLength(VisaLetterPolicy.CoveredCostsMaxLength).HasColumnName("VisaLetterCoveredCostsLocal");
            v.Property(p => p.MinimumValidityMonths).HasColumnName("VisaLetterMinimumValidityMonths");
        });
        e.Navigation(x => x.VisaLetters).IsRequired();
    }
}

internal sealed class EventHostConfiguration : IEntityTypeConfiguration<EventHost>
{
    public void Configure(EntityTypeBuilder<EventHost> e)
    {
        e.HasIndex(x => new { x.EventId, x.OrganizationId }).IsUnique();
        e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.NoAction);
        e.Property(x => x.SignatoryName).HasMaxLength(200);
        e.Property(x => x.SignatoryTitle).HasMaxLength(200);
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> e)
    {
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.LocalName).HasMaxLength(300);
        e.Property(x => x.Acronym).HasMaxLength(30);
        e.Property(x => x.CountryCode).HasMaxLength(2).IsFixedLength();
        e.HasIndex(x => x.Name);
    }
}

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> e)
    {
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.Name }).IsUnique();
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.LocalName).HasMaxLength(100);
    }
}

internal sealed class EventGrantConfiguration : IEntityTypeConfiguration<EventGrant>
{
    public void Configure(EntityTypeBuilder<EventGrant> e)
    {
        e.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        // Event → Delegation → grant would be a second cascade path from Event; SQL Server refuses it.
        e.HasOne<Domain.Delegations.Delegation>().WithMany().HasForeignKey(x => x.DelegationId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(x => new { x.UserId, x.EventId, x.Kind, x.DelegationId }).IsUnique();
        e.Property(x => x.UserId).HasMaxLength(450);
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> e)
    {
        e.Property(x => x.DisplayName).HasMaxLength(200);
        e.Property(x => x.TimeZoneId).HasMaxLength(64);
        e.Property(x => x.PreferredCulture).HasMaxLength(16);
    }
}
