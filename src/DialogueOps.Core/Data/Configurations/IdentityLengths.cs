using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Data.Configurations;

/// <summary>
/// Identity leaves its string keys without a length: SQL Server then caps them at 450 while SQLite takes anything.
/// Saying the lengths here keeps both providers alike (and the SQL Server model test green).
/// </summary>
internal static class IdentityLengths
{
    private const int Id = 450;
    private const int ProviderText = 128;

    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<ApplicationUser>().Property(u => u.Id).HasMaxLength(Id);
        builder.Entity<IdentityRole>().Property(r => r.Id).HasMaxLength(Id);
        builder.Entity<IdentityRoleClaim<string>>().Property(c => c.RoleId).HasMaxLength(Id);
        builder.Entity<IdentityUserClaim<string>>().Property(c => c.UserId).HasMaxLength(Id);
        builder.Entity<IdentityUserRole<string>>(r =>
        {
            r.Property(x => x.UserId).HasMaxLength(Id);
            r.Property(x => x.RoleId).HasMaxLength(Id);
        });
        builder.Entity<IdentityUserLogin<string>>(l =>
        {
            l.Property(x => x.UserId).HasMaxLength(Id);
            l.Property(x => x.LoginProvider).HasMaxLength(ProviderText);
            l.Property(x => x.ProviderKey).HasMaxLength(ProviderText);
        });
        builder.Entity<IdentityUserToken<string>>(t =>
        {
            t.Property(x => x.UserId).HasMaxLength(Id);
            t.Property(x => x.LoginProvider).HasMaxLength(ProviderText);
            t.Property(x => x.Name).HasMaxLength(ProviderText);
        });
    }
}
