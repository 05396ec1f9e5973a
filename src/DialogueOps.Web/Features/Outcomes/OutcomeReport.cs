using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Outcomes;
using DialogueOps.Domain.Programme;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Pages.Events;
using Microsoft.EntityFrameworkCore;
using DialogueOps.Web.Features.Agenda;

namespace DialogueOps.Web.Features.Outcomes;

public sealed record ReportRecommendation(string Text, IReadOnlyList<string> Tags, string Session, string? LocalSession, string? DelegationCode);

public sealed record ReportTheme(string Tag, IReadOnlyList<ReportRecommendation> Recommendations);

public sealed record ReportFollowUp(string Action, string? Owner, DateOnly? Due, string Session);

public sealed record ReportSession(int Id, string Title, string? LocalTitle, DateTime StartsAtUtc, string? Rapporteur, string? KeyPoints, int Recommendations, DateTime? LastEditedAt, string? LastEditedBy);

/// <summary>Who took part: from check-ins when there are any, else from confirmed registrations (and the report says which).</summary>
public sealed record ReportStatistics(bool FromCheckIns, int People, IReadOnlyList<(string Code, int Count)> ByCountry,
    IReadOnlyList<(ParticipantCategory Category, int Count)> ByCategory, IReadOnlyList<string> Institutions,
    IReadOnlyList<(DateOnly Day, int Count)> ByDay, IReadOnlyList<(string Session, int Count)> BySession);

/// <summary>
/// The outcome summary compiled from every session's notes: recommendations grouped by tag (one under each of its
/// tags; untagged ones together at the end), follow-ups, attendance. The page and the PDF read the same record.
/// </summary>
public sealed record OutcomeReport(
    AgendaData Event, OutcomeSummaryStatus Status, string? Introduction, DateTime? PublishedAt, Guid? Version,
    IReadOnlyList<ReportSession> Sessions, IReadOnlyList<ReportTheme> Themes, IReadOnlyList<ReportFollowUp> FollowUps, ReportStatistics Statistics)
{
    /// <summary>The heading of the group of recommendations nobody tagged.</summary>
    public const string Untagged = "";

    public int RecommendationCount => Themes.SelectMany(t => t.Recommendations).Distinct().Count();

    public static async Task<OutcomeReport?> LoadAsync(DialogueOpsDbContext db, string slug, CancellationToken ct = default)
    {
        var agenda = await AgendaData.LoadAsync(db, slug);
        if (agenda is null)
        {
            return null;
        }

        var eventId = agenda.EventId;
        var summary = await db.OutcomeSummaries.AsNoTracking().SingleOrDefaultAsync(s => s.EventId == eventId, ct);
        var outcomes = await db.SessionOutcomes.AsNoTracking().Include(o => o.Recommendations).Include(o => o.FollowUps)
            .Where(o => db.Sessions.Any(s => s.Id == o.SessionId && s.EventId == eventId)).ToListAsync(ct);
        var bySession = outcomes.ToDictionary(o => o.SessionId);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.EventId == eventId).ToDictionaryAsync(d => d.Id, d => d.CountryCode, ct);

        var sessions = agenda.Sessions.Where(s => s.Kind is not (SessionKind.Break or SessionKind.Meal)).Select(s =>
        {
            bySession.TryGetValue(s.Id, out var o);
            var rapporteur = s.People.Where(p => p.Role == SessionRoleKind.Rapporteur).Select(p => p.Name).FirstOrDefault();
            return new ReportSession(s.Id, s.Title, s.LocalTitle, s.StartsAtUtc, rapporteur, o?.KeyPoints, o?.Recommendations.Count ?? 0, o?.LastEditedAt, o?.LastEditedBy);
        }).ToList();

        var titles = agenda.Sessions.ToDictionary(s => s.Id);
        var recommendations = outcomes.OrderBy(o => titles.TryGetValue(o.SessionId, out var s) ? s.StartsAtUtc : DateTime.MaxValue)
            .SelectMany(o => o.Recommendations.OrderBy(r => r.Id).Select(r => new ReportRecommendation(r.Text, r.TagList,
                titles.TryGetValue(o.SessionId, out var s) ? s.Title : "", titles.TryGetValue(o.SessionId, out var l) ? l.LocalTitle : null,
                r.ProposingDelegationId is { } d ? delegations.GetValueOrDefault(d) : null)))
            .ToList();
        // Each recommendation once, under its first tag (the rapporteur's main theme): the cover's count and the themes agree.
        var themes = recommendations.Where(r => r.Tags.Count > 0)
            .GroupBy(r => r.Tags[0], StringComparer.OrdinalIgnoreCase)
            .Select(g => new ReportTheme(g.First().Tags[0], g.ToList()))
            .OrderByDescending(t => t.Recommendations.Count).ThenBy(t => t.Tag, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var untagged = recommendations.Where(r => r.Tags.Count == 0).ToList();
        if (untagged.Count > 0)
        {
            themes.Add(new ReportTheme(Untagged, untagged));
        }

        var followUps = outcomes.SelectMany(o => o.FollowUps.Select(f => new ReportFollowUp(f.Action, f.Owner, f.DueDate,
                titles.TryGetValue(o.SessionId, out var s) ? s.Title : "")))
            .OrderBy(f => f.Due ?? DateOnly.MaxValue).ThenBy(f => f.Action, StringComparer.Ordinal).ToList();

        return new OutcomeReport(agenda, summary?.Status ?? OutcomeSummaryStatus.Draft, summary?.Introduction, summary?.PublishedAt, summary?.Version,
            sessions, themes, followUps, await StatisticsAsync(db, agenda, ct));
    }

    private static async Task<ReportStatistics> StatisticsAsync(DialogueOpsDbContext db, AgendaData agenda, CancellationToken ct)
    {
        var eventId = agenda.EventId;
        var attendance = await db.Attendances.AsNoTracking().Where(a => db.Participants.Any(p => p.Id == a.ParticipantId && p.EventId == eventId))
            .Select(a => new { a.ParticipantId, a.Day, a.SessionId }).ToListAsync(ct);
        var fromCheckIns = attendance.Count > 0;
        var attended = attendance.Select(a => a.ParticipantId).ToHashSet();
        var people = await (from p in db.Participants.AsNoTracking()
                            join o in db.Organizations.AsNoTracking() on p.OrganizationId equals o.Id into orgs
                            from o in orgs.DefaultIfEmpty()
                            where p.EventId == eventId && p.ErasedAt == null && (fromCheckIns || p.Status == ParticipantStatus.Confirmed)
                            select new { p.Id, p.Nationality, p.Category, Organization = o != null ? o.Name : null }).ToListAsync(ct);
        if (fromCheckIns)
        {
            people = people.Where(p => attended.Contains(p.Id)).ToList();
        }

        var sessionTitles = agenda.Sessions.ToDictionary(s => s.Id, s => s.Title);
        return new ReportStatistics(
            fromCheckIns,
            people.Count,
            people.GroupBy(p => p.Nationality).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList(),
            people.GroupBy(p => p.Category).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key).ToList(),
            people.Where(p => p.Organization is not null).Select(p => p.Organization!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            attendance.Where(a => a.Day is not null).GroupBy(a => a.Day!.Value).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key).ToList(),
            attendance.Where(a => a.SessionId is not null).GroupBy(a => a.SessionId!.Value)
                .Select(g => (sessionTitles.GetValueOrDefault(g.Key, ""), g.Count())).ToList());
    }
}
