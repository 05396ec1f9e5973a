using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DialogueOps.Web.Infrastructure.Privacy;

/// <summary>
/// The certificate that encrypts the Data Protection keys stored in the database. It must not live in the database:
/// a copy of the database alone then opens nothing (passports, letters, sign-in cookies, authenticator keys).
/// Production names a PFX file (DataProtection:CertificatePath, and its password) and refuses to start without it;
/// elsewhere a self-signed development certificate is made once under App_Data/keys.
/// </summary>
public static class KeyEncryptionCertificate
{
    public const string PathSetting = "DataProtection:CertificatePath";
    public const string PasswordSetting = "DataProtection:CertificatePassword";

    public static X509Certificate2 Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[PathSetting];
        var password = configuration[PasswordSetting];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    $"{PathSetting} is not set. In Production the Data Protection keys (which seal passports and sign-in cookies) must be encrypted with a certificate kept outside the database: set {PathSetting} to a PFX file with a private key (and {PasswordSetting}). See docs/deployment.md.");
            }

            path = Path.Combine(environment.ContentRootPath, "App_Data", "keys", "development-key-encryption.pfx");
            if (!File.Exists(path))
            {
                CreateSelfSigned(path);
            }
        }
        else if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{PathSetting} names {path}, which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate at {PathSetting} has no private key; it cannot decrypt the keys it encrypts.");
        }

        return certificate;
    }

    /// <summary>A new RSA certificate for key encryption, written readable by its owner only (two starts racing keep the first).</summary>
    public static void CreateSelfSigned(string path, string? password = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=DialogueOps key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(20));
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(temporary, options))
        {
            file.Write(certificate.Export(X509ContentType.Pfx, password));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
