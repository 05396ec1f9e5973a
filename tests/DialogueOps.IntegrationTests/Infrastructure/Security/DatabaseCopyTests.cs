using System.Security.Cryptography;
using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>
/// What a stolen backup is worth: the database file alone, read with the app's own Data Protection setup but without
/// the key-encryption certificate, opens no passport and no authenticator key. With the certificate it opens both, so
/// the test would notice if nothing were sealed at all.
/// </summary>
public class DatabaseCopyTests(DialogueOpsFactory factory) : IClassFixture<DialogueOpsFactory>
{
    [Fact]
    public async Task A_copy_of_the_database_alone_opens_no_passport_and_no_authenticator_key()
    {
        var (sealedNumber, authenticatorKey) = await factory.WithDbAsync(async db =>
        {
            var number = (await db.PassportDetails.OrderBy(p => p.Id).FirstAsync()).ProtectedNumber;
            return (number, "");
        });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var secretariat = (await users.FindByEmailAsync(Browser.Demo("secretariat")))!;
            await users.ResetAuthenticatorKeyAsync(secretariat);
            authenticatorKey = (await users.GetAuthenticatorKeyAsync(secretariat))!;
        }

        var copy = Path.Combine(factory.Folder, "stolen-backup.db");
        // The app keeps writing (outbox, jobs): a backup that meets a write lock waits a moment and starts again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var source = new SqliteConnection($"Data Source={factory.DatabaseFile};Pooling=false");
                await using var target = new SqliteConnection($"Data Source={copy};Pooling=false");
                await source.OpenAsync();
                source.BackupDatabase(target);
                break;
            }
            catch (SqliteException busy) when (busy.SqliteErrorCode is 5 or 6 && attempt < 50)
            {
                await Task.Delay(100);
            }
        }

        var storedToken = await ReadAsync(copy, db => db.UserTokens.Where(t => t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync());
        Assert.DoesNotContain(authenticatorKey, storedToken!, StringComparison.Ordinal);

        var thief = Protection(copy, certificate: null);
        Assert.ThrowsAny<CryptographicException>(() => thief.CreateProtector("DialogueOps.Passport.v1").Unprotect(sealedNumber));
        Assert.ThrowsAny<CryptographicException>(() => thief.CreateProtector("DialogueOps.Identity.UserTokens.v1").Unprotect(storedToken!["sealed:".Length..]));

        using var certificate = KeyEncryptionCertificate.Load(
            new ConfigurationBuilder().Build(), new TestEnvironment(AppContentRoot()));
        var owner = Protection(copy, certificate);
        Assert.Equal("C1234567", owner.CreateProtector("DialogueOps.Passport.v1").Unprotect(sealedNumber));
        Assert.Equal(authenticatorKey, owner.CreateProtector("DialogueOps.Identity.UserTokens.v1").Unprotect(storedToken!["sealed:".Length..]));
    }

    [Fact]
    public async Task The_stored_keys_are_encrypted_with_the_certificate()
    {
        var keys = await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml!, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", xml!, StringComparison.Ordinal);
        });
    }

    private static IDataProtectionProvider Protection(string databaseFile, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<DialogueOpsDbContext>(o => o.UseSqlite($"Data Source={databaseFile};Pooling=false"));
        var builder = services.AddDataProtection().SetApplicationName("DialogueOps").PersistKeysToDbContext<DialogueOpsDbContext>().DisableAutomaticKeyGeneration();
        if (certificate is not null)
        {
            builder.UnprotectKeysWithAnyCertificate(certificate);
        }

        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    private static async Task<T> ReadAsync<T>(string databaseFile, Func<DialogueOpsDbContext, Task<T>> read)
    {
        await using var db = new DialogueOpsDbContext(new DbContextOptionsBuilder<DialogueOpsDbContext>().UseSqlite($"Data Source={databaseFile};Pooling=false").Options);
        return await read(db);
    }

    private static string AppContentRoot() => Path.Combine(BrowserTests.AppProcess.RepositoryRoot, "src", "DialogueOps.Web");

    private sealed class TestEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "DialogueOps.Web";
        public string ContentRootPath { get; set; } = contentRoot;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
