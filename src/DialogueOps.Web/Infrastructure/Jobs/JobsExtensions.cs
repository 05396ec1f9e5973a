using Hangfire;
using Hangfire.Storage.SQLite;

namespace DialogueOps.Web.Infrastructure.Jobs;

/// <summary>Hangfire for everything that runs when nobody is watching: bulk letter issue, passport retention, later reminders.</summary>
public static class JobsExtensions
{
    public static WebApplicationBuilder AddDialogueOpsJobs(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var sqliteFile = HangfireSqliteFile(builder.Configuration, builder.Environment);
        // Each host owns its storage (registered before AddHangfire, which would otherwise share the static JobStorage.Current):
        // two apps in one process, as in the test suite, must not enqueue into each other's queues. Tests swap in their own.
        builder.Services.AddSingleton<Hangfire.JobStorage>(_ => provider == DatabaseProvider.SqlServer
                ? new Hangfire.SqlServer.SqlServerStorage(builder.Configuration.GetConnectionString("SqlServer"))
                // Its own file: Hangfire's polling must not contend with the application's writes for SQLite's single writer lock.
                : new SQLiteStorage(sqliteFile, new SQLiteStorageOptions { JournalMode = SQLiteStorageOptions.JournalModes.WAL, QueuePollInterval = TimeSpan.FromSeconds(2) }));
        builder.Services.AddHangfire((services, configuration) => configuration
            .UseLogProvider(new ResilientLogProvider(services.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (builder.Configuration.GetValue("Hangfire:ServerEnabled", true))
        {
            // SQLite: exactly one server per file, and this is it. SQL Server: every node runs one.
            builder.Services.AddHangfireServer((services, options) =>
            {
                options.WorkerCount = builder.Configuration.GetValue("Hangfire:WorkerCount", 2);
                options.SchedulePollingInterval = TimeSpan.FromSeconds(5);
                // This host's services build the jobs, not whichever host last set Hangfire's static activator.
                options.Activator = new Hangfire.AspNetCore.AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>());
            });
        }

        builder.Services.AddHostedService<RecurringJobsRegistration>();
        if (provider == DatabaseProvider.Sqlite)
        {
            builder.Services.AddHostedService<ResumeInterruptedJobs>();
        }

        return builder;
    }

    /// <summary>The dashboard at /hangfire: after authentication (its filter needs the roles), before the app's fallback policy (which would redirect to sign-in).</summary>
    public static WebApplication UseDialogueOpsJobsDashboard(this WebApplication app)
    {
        // Hangfire would send a signed-out visitor to the sign-in page; the dashboard answers plainly instead: 401, then 403.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/hangfire"), branch => branch.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            if (!context.User.IsInRole(Domain.Identity.Roles.Administrator))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        }));
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new DashboardAccess()],
            AppPath = "/",
            DashboardTitle = "DialogueOps jobs",
        });
        return app;
    }

    private static string HangfireSqliteFile(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Hangfire:SqliteFile"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "hangfire.db");
    }
}
