using System.Text.Json;
using DialogueOps.Data;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure.Privacy;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Me;

/// <summary>What the app holds about the signed-in person: a JSON download of all of it, and the request to erase it.</summary>
public class DataModel(DialogueOpsDbContext db, UserManager<ApplicationUser> users, PassportVault vault, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public sealed record Registration(int Id, string EventTitle, string Status, bool HasPassport, int VisaLetters, DateTime? ErasureRequestedAt);

    public IReadOnlyList<Registration> Registrations { get; private set; } = [];
    public bool ErasureRequested => Registrations.Any(r => r.ErasureRequestedAt is not null);

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        var userId = users.GetUserId(User);
        Registrations = await (from p in db.Participants.AsNoTracking()
                               join e in db.Events.AsNoTracking() on p.EventId equals e.Id
                               where p.UserId == userId
                               orderby e.StartDate descending
                               select new Registration(p.Id, e.Title, p.Status.ToString(),
                                   db.PassportDetails.Any(x => x.ParticipantId == p.Id),
                                   db.VisaLetterRequests.Count(r => r.ParticipantId == p.Id), p.ErasureRequestedAt)).ToListAsync();
    }

    public async Task<IActionResult> OnGetJsonAsync()
    {
        var userId = users.GetUserId(User)!;
        var account = await users.GetUserAsync(User);
        var participants = await db.Participants.AsNoTracking().Where(p => p.UserId == userId).ToListAsync();
        var ids = participants.Select(p => p.Id).ToList();
        var passports = await db.PassportDetails.AsNoTracking().Where(p => ids.Contains(p.ParticipantId)).ToListAsync();
        var letters = await db.VisaLetterRequests.AsNoTracking().Where(r => ids.Contains(r.ParticipantId)).ToListAsync();
        var export = new
        {
            exportedAt = clock.GetUtcNow().UtcDateTime,
            account = new { account?.Email, account?.DisplayName, account?.PhoneNumber, account?.TimeZoneId, account?.PreferredCulture },
            registrations = participants.Select(p => new
            {
                p.Id, p.EventId, p.Honorific, p.GivenName, p.FamilyName, NameOrder = p.NameOrder.ToString(), p.NativeName, p.Position, p.Nationality,
                p.Email, p.Phone, Category = p.Category.ToString(), Status = p.Status.ToString(), p.DietaryNeeds, p.AccessibilityNeeds,
                p.InterpretationLanguage, p.ArrivalAt, p.ArrivalFlight, p.DepartureAt, p.DepartureFlight, p.Hotel, p.PrivacyConsentAt,
                p.PrivacyConsentVersion, p.ErasureRequestedAt,
                history = db.ParticipantStatusChanges.AsNoTracking().Where(c => c.ParticipantId == p.Id).OrderBy(c => c.At)
                    .Select(c => new { c.At, From = c.From.ToString(), To = c.To.ToString(), c.Reason }).ToList(),
                siteVisits = db.SiteVisitSignups.AsNoTracking().Where(s => s.ParticipantId == p.Id)
                    .Select(s => new { s.SiteVisitId, Status = s.Status.ToString(), s.WaitlistPosition }).ToList(),
            }).ToList(),
            passports = passports.Select(p => new
            {
                p.ParticipantId, p.NameAsInPassport, p.Nationality, p.IssuingCountry, p.Expiry,
                secrets = vault.Open(p.ProtectedNumber, p.ProtectedDateOfBirth, p.ParticipantId, userId, PassportUse.SubjectExport),
            }).ToList(),
            visaLetters = letters.Select(r => new
            {
                r.Id, r.EventId, r.ParticipantId, Status = r.Status.ToString(), r.NameAsInPassport, r.Nationality, r.PassportIssuingCountry,
                r.PassportExpiry, r.Consulate, r.EntryDate, r.ExitDate, r.Note, r.InformationRequested, r.Reply, r.RejectionReason,
                r.ReferenceNumber, r.IssuedAt, r.RevokedAt, r.RevocationReason, r.PassportErasedAt,
                secrets = vault.Open(r.ProtectedPassportNumber, r.ProtectedDateOfBirth, r.ParticipantId, userId, PassportUse.SubjectExport),
            }).ToList(),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(export, Indented);
        await db.SaveChangesAsync();
        return File(json, "application/json", "my-dialogueops-data.json");
    }

    public async Task<IActionResult> OnPostEraseAsync()
    {
        var userId = users.GetUserId(User);
        var mine = await db.Participants.Where(p => p.UserId == userId && p.ErasedAt == null).ToListAsync();
        foreach (var participant in mine)
        {
            participant.RequestErasure(clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync();
        StatusMessage = mine.Count == 0
            ? L["We hold no registration for you."]
            : L["Your request was sent to the secretariat. They will erase your data and confirm by email."];
        return RedirectToPage();
    }
}
