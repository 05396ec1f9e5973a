using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// Applies migrations (behind <c>Database:MigrateOnStartup</c>) and seeds the demo dialogue
/// (behind <c>Seed:DemoDialogue</c>, never in Production) before the server takes requests.
/// </summary>
internal sealed class DatabaseStartup(
    IServiceProvider services,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DialogueOpsDbContext>();

        if (configuration.GetValue("Database:MigrateOnStartup", false))
        {
            logger.LogInformation("Applying database migrations");
            await db.Database.MigrateAsync(cancellationToken);
        }

        // Creates the Data Protection key now if there is none: the key repository writes through its own connection, which
        // SQLite would refuse while the seeder below holds the write lock.
        scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("DialogueOps.Startup").Protect("ready");

        if (configuration.GetValue("Seed:DemoDialogue", false))
        {
            if (environment.IsProduction())
            {
                logger.LogWarning("Seed:DemoDialogue is set but the environment is Production: the demo dialogue is not seeded");
                return;
            }

            var seeder = scope.ServiceProvider.GetRequiredService<DemoDialogueSeeder>();
            await seeder.SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
