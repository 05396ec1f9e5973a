using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.Hosting;

namespace DialogueOps.IntegrationTests.Infrastructure;

/// <summary>The same app in Production, with a key-encryption certificate of its own as a deployment has.</summary>
public class ProductionFactory : DialogueOpsFactory
{
    protected override string EnvironmentName => "Production";

    protected virtual bool WithCertificate => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (WithCertificate)
        {
            var certificate = Path.Combine(Folder, "key-encryption.pfx");
            KeyEncryptionCertificate.CreateSelfSigned(certificate, "pfx-password-2027");
            builder.UseSetting(KeyEncryptionCertificate.PathSetting, certificate);
            builder.UseSetting(KeyEncryptionCertificate.PasswordSetting, "pfx-password-2027");
        }
    }
}

/// <summary>Production as someone would first start it: no certificate configured.</summary>
public sealed class ProductionWithoutCertificateFactory : ProductionFactory
{
    protected override bool WithCertificate => false;
}
