using System.Globalization;
using System.Runtime.CompilerServices;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Programme;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// The public agenda page and PDF are the same bytes for every anonymous reader of a language and time-zone choice, and
/// they are what a crowd opens the morning of the dialogue; they come from ASP.NET Core's output cache. Signed-in readers
/// are never served from it (the default policy: their pages carry their own names, zone and forms), nor is anything
/// that sets a cookie. A change to what the agenda shows drops the cached copies as soon as it is saved.
/// </summary>
public static class PublicProgrammeCache
{
    public const string Policy = "public-programme";
    public const string Tag = "programme";

    public static WebApplicationBuilder AddDialogueOpsOutputCache(this WebApplicationBuilder builder)
    {
        // A safety net for changes made behind EF's change tracker (bulk updates, another node): stale for at most this long.
        var lifetime = TimeSpan.FromSeconds(builder.Configuration.GetValue("OutputCache:PublicProgrammeSeconds", 60));
        builder.Services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(lifetime)
            .SetVaryByQuery("tz")
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
            .Tag(Tag)));
        builder.Services.AddSingleton<ProgrammeChangeEviction>();
        return builder;
    }
}

/// <summary>Drops the cached agenda after a save that touched anything the agenda shows.</summary>
public sealed class ProgrammeChangeEviction(IOutputCacheStore store, ILogger<ProgrammeChangeEviction> logger) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Shown =
        [typeof(Event), typeof(EventHost), typeof(Organization), typeof(Room), typeof(Session), typeof(SessionRole), typeof(ProgrammeChange), typeof(Participant), typeof(Domain.SiteVisits.SiteVisit)];

    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Shown.Contains(e.Metadata.ClrType)))
        {
            pending.AddOrUpdate(context, this);
        }
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !pending.Remove(context))
        {
            return;
        }

        try
        {
            await store.EvictByTagAsync(PublicProgrammeCache.Tag, ct);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The change is saved; a cached copy lives out its short lifetime.
            logger.LogWarning(error, "Cached agenda not dropped after a change");
        }
    }
}
