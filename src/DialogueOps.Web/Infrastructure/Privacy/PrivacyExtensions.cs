using DialogueOps.Data;
using Microsoft.AspNetCore.DataProtection;

namespace DialogueOps.Web.Infrastructure.Privacy;

public static class PrivacyExtensions
{
    public static WebApplicationBuilder AddDialogueOpsPrivacy(this WebApplicationBuilder builder)
    {
        // Keys live in the application database (not regenerated per start, shared by every node, backed up with the data),
        // encrypted with a certificate that does not: a copy of the database alone opens nothing.
        builder.Services.AddDataProtection()
            .SetApplicationName("DialogueOps")
            .PersistKeysToDbContext<DialogueOpsDbContext>()
            .ProtectKeysWithCertificate(KeyEncryptionCertificate.Load(builder.Configuration, builder.Environment));
        builder.Services.Configure<PrivacyOptions>(builder.Configuration.GetSection("Privacy"));
        builder.Services.AddScoped<PassportVault>();
        return builder;
    }
}

public sealed class PrivacyOptions
{
    /// <summary>Passport numbers and dates of birth are erased this many days after the event ends.</summary>
    public int PassportRetentionDays { get; set; } = 30;
}
