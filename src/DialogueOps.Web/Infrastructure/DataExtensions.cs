using System.Text.Json;
using DialogueOps.Data;
using DialogueOps.Migrations.Sqlite;
using DialogueOps.Migrations.SqlServer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DialogueOps.Web.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public static class DataExtensions
{
    public static WebApplicationBuilder AddDialogueOpsData(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = provider == DatabaseProvider.Sqlite
            ? SqliteConnectionString(builder.Configuration, builder.Environment)
            : builder.Configuration.GetConnectionString("SqlServer")
              ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is empty.");

        builder.Services.AddSingleton(new DatabaseInfo(provider));
        builder.Services.AddDbContext<DialogueOpsDbContext>((services, options) =>
        {
            options.AddInterceptors(services.GetRequiredService<ProgrammeChangeEviction>());
            if (provider == DatabaseProvider.Sqlite)
            {
                SqliteDatabase.Use(options, connectionString);
            }
            else
            {
                SqlServerDatabase.Use(options, connectionString);
            }
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<DialogueOpsDbContext>("database");
        builder.Services.AddHostedService<DatabaseStartup>();
        return builder;
    }

    /// <summary>The SQLite file lives under App_Data/ of the content root unless a connection string says otherwise.</summary>
    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "dialogueops.db")}";
    }

    public static IEndpointConventionBuilder MapDialogueOpsHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status200OK },
            ResponseWriter = async (context, report) =>
            {
                var provider = context.RequestServices.GetRequiredService<DatabaseInfo>().Provider;
                context.Response.ContentType = "application/json";
                await JsonSerializer.SerializeAsync(context.Response.Body, new
                {
                    status = report.Status.ToString(),
                    database = new { provider = provider.ToString(), status = report.Entries.TryGetValue("database", out var db) ? db.Status.ToString() : "Unknown" },
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
                });
            },
        }).AllowAnonymous();
}

public sealed record DatabaseInfo(DatabaseProvider Provider);
