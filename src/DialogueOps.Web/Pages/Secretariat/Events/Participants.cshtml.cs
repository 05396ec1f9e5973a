using System.Globalization;
using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Pdf;
using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using DialogueOps.Web.Features.Participants;

namespace DialogueOps.Web.Pages.Secretariat.Events;

/// <summary>The secretariat's participant list: search any name form, filter, sort, page, export, print lists and badges.</summary>
public class ParticipantsModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IMemoryCache cache, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public ParticipantCategory? Category { get; set; }
    [BindProperty(SupportsGet = true)] public ParticipantStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Organization { get; set; }
    [BindProperty(SupportsGet = true)] public ParticipantSort Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int CurrentPage { get; set; } = 1;

    public int EventId => currentEvent.Id;
    public string EventTitle => currentEvent.Title;
    public IReadOnlyList<ParticipantRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<(string Code, string Name)> CountryOptions { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> OrganizationOptions { get; private set; } = [];

    private ParticipantFilter Filter => new(Q, Country, Category, Status, Organization, Sort);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var all = await ParticipantList.LoadAsync(db, id, Filter);
        Total = all.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(CurrentPage, 1, PageCount);
        Rows = all.Skip((CurrentPage - 1) * PageSize).Take(PageSize).ToList();
        (CountryOptions, OrganizationOptions) = await cache.GetOrCreateAsync($"participant-filters:{id}:{CultureInfo.CurrentUICulture.Name}", async entry =>
        {
            // The filter lists change when someone registers from a new country or organization; a minute late is fine,
            // and scanning every participant twice on each search was a third of the page's database time.
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await FilterOptionsAsync(id);
        });
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id) =>
        File(ParticipantExports.Csv(await ExportRowsAsync(id)), "text/csv; charset=utf-8", "participants.csv");

    public async Task<IActionResult> OnGetXlsxAsync(int id) =>
        File(await ParticipantExports.XlsxAsync(await ExportRowsAsync(id), HttpContext.RequestAborted),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "participants.xlsx");

    private async Task<List<string?[]>> ExportRowsAsync(int id) =>
        await ParticipantExports.RowsAsync(db, id, currentEvent.Event.Zone, await ParticipantList.LoadAsync(db, id, Filter), HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        var ev = currentEvent.Event;
        var rows = await ParticipantList.LoadAsync(db, id, Filter);
        if (Filter.Status is null)
        {
            // A printed list is of people taking part: cancelled and declined registrations only when asked for by status.
            rows = rows.Where(r => r.Status is not (ParticipantStatus.Cancelled or ParticipantStatus.Declined)).ToList();
        }

        return File(new ParticipantListDocument(ev.Title, ev.LocalTitle, rows, clock.GetUtcNow().UtcDateTime, ev.Zone).GeneratePdf(), "application/pdf", "participants.pdf");
    }

    public async Task<IActionResult> OnGetBadgesAsync(int id)
    {
        var ev = currentEvent.Event;
        var rows = (await ParticipantList.LoadAsync(db, id, Filter)).Where(r => r.Status is ParticipantStatus.Confirmed).ToList();
        return File(new BadgeSheetDocument(ev.Title, ev.LocalTitle, rows, clock.GetUtcNow().UtcDateTime).GeneratePdf(), "application/pdf", "badges.pdf");
    }

    public async Task<IActionResult> OnGetNameCardsAsync(int id)
    {
        var ev = currentEvent.Event;
        var rows = (await ParticipantList.LoadAsync(db, id, Filter)).Where(r => r.Status is ParticipantStatus.Confirmed).ToList();
        return File(new NameCardsDocument(ev.Title, rows, clock.GetUtcNow().UtcDateTime).GeneratePdf(), "application/pdf", "name-cards.pdf");
    }

    private async Task<(IReadOnlyList<(string Code, string Name)>, IReadOnlyList<(int Id, string Name)>)> FilterOptionsAsync(int id)
    {
        var chinese = Display.IsChinese(CultureInfo.CurrentUICulture);
        var countries = (await db.Participants.AsNoTracking().Where(p => p.EventId == id).Select(p => p.Nationality).Distinct().ToListAsync())
            .Select(c => (c, Domain.Common.Countries.Name(c, chinese))).OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.CurrentUICulture, true)).ToList();
        var organizations = (await db.Participants.AsNoTracking().Where(p => p.EventId == id && p.OrganizationId != null)
                .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { o.Id, o.Name }).Distinct().ToListAsync())
            .OrderBy(o => o.Name).Select(o => (o.Id, o.Name)).ToList();
        return (countries, organizations);
    }

    /// <summary>The current filters as link parameters, so paging and exports keep them.</summary>
    public Dictionary<string, string> RouteWith(int? page = null, string? handler = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["id"] = EventId.ToString(CultureInfo.InvariantCulture), ["q"] = Q, ["country"] = Country, ["category"] = Category?.ToString(),
            ["status"] = Status?.ToString(), ["organization"] = Organization?.ToString(CultureInfo.InvariantCulture), ["sort"] = Sort.ToString(),
            ["p"] = page?.ToString(CultureInfo.InvariantCulture), ["handler"] = handler,
        };
        return values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value!);
    }
}
