using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Participants;

public enum ParticipantSort
{
    Protocol,
    Name,
    Country,
    Status,
}

/// <summary>The filters of the participant list; the same filters drive the page, the exports and the PDF.</summary>
public sealed record ParticipantFilter(string? Q, string? Country, ParticipantCategory? Category, ParticipantStatus? Status, int? Organization, ParticipantSort Sort = ParticipantSort.Protocol);

public sealed record ParticipantRow(
    int Id, string? Honorific, string GivenName, string FamilyName, NameOrder NameOrder, string? NativeName, string Email,
    string CountryCode, string CountryName, string? DelegationCountry, ParticipantCategory Category, ParticipantStatus Status,
    int ProtocolRank, string? Position, string? Organization, string CheckInToken)
{
    public string DisplayName => Display.PersonName(Honorific, GivenName, FamilyName, NameOrder, null);

    public string LatinName => Participant.InOrder(GivenName, FamilyName, NameOrder);
}

/// <summary>
/// Filters in the database (search on the folded name forms, country, category, status, organization), then sorts in
/// memory because protocol order needs the country's English name. Thousands of rows project to small records.
/// </summary>
public static class ParticipantList
{
    public static async Task<List<ParticipantRow>> LoadAsync(DialogueOpsDbContext db, int eventId, ParticipantFilter filter)
    {
        var query = db.Participants.AsNoTracking().Where(p => p.EventId == eventId);
        // Every word must match, in any order: "tan mei" finds Mei Ling Tan as well as Tan Mei Ling.
        foreach (var word in SearchText.Fold(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            query = query.Where(p => p.SearchText.Contains(word));
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.ToUpperInvariant();
            query = query.Where(p => p.Nationality == country);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (filter.Organization is { } organization)
        {
            query = query.Where(p => p.OrganizationId == organization);
        }

        var rows = await (from p in query
                          join o in db.Organizations on p.OrganizationId equals o.Id into organizations
                          from o in organizations.DefaultIfEmpty()
                          join d in db.Delegations on p.DelegationId equals d.Id into delegations
                          from d in delegations.DefaultIfEmpty()
                          select new
                          {
                              p.Id, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName, p.Email, p.Nationality, p.Category, p.Status,
                              p.ProtocolRank, p.Position, p.CheckInToken,
                              Organization = o == null ? null : o.Name,
                              Delegation = d == null ? null : d.CountryCode,
                          })
            .ToListAsync();
        var list = rows.Select(p => new ParticipantRow(p.Id, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NativeName, p.Email,
            p.Nationality, Countries.Name(p.Nationality, chinese: false), p.Delegation, p.Category, p.Status, p.ProtocolRank, p.Position,
            p.Organization, p.CheckInToken));
        return (filter.Sort switch
        {
            ParticipantSort.Name => list.OrderBy(p => p.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.GivenName, StringComparer.OrdinalIgnoreCase),
            ParticipantSort.Country => list.OrderBy(p => p.CountryName, StringComparer.Ordinal).ThenBy(p => p.ProtocolRank).ThenBy(p => p.FamilyName, StringComparer.Ordinal),
            ParticipantSort.Status => list.OrderBy(p => p.Status).ThenBy(p => p.ProtocolRank).ThenBy(p => p.CountryName, StringComparer.Ordinal),
            _ => ProtocolOrder(list),
        }).ToList();
    }

    /// <summary>Rank, then country by English short name, then family name.</summary>
    public static IOrderedEnumerable<ParticipantRow> ProtocolOrder(IEnumerable<ParticipantRow> rows) =>
        rows.OrderBy(p => p.ProtocolRank).ThenBy(p => p.CountryName, StringComparer.Ordinal).ThenBy(p => p.FamilyName, StringComparer.Ordinal);
}
