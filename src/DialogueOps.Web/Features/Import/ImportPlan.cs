using System.Net.Mail;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Import;

/// <summary>What a spreadsheet column can fill in.</summary>
public enum ImportField
{
    Ignore,
    Honorific,
    GivenName,
    FamilyName,
    NameOrder,
    NativeName,
    Email,
    Phone,
    Nationality,
    CountryRepresented,
    Category,
    Position,
    Organization,
    DietaryNeeds,
    AccessibilityNeeds,
    InterpretationLanguage,
    ArrivalFlight,
    DepartureFlight,
    Hotel,
    PrivacyConsent,
}

/// <summary>One person read from a row, before it is saved.</summary>
public sealed record ImportedPerson(
    string? Honorific, string GivenName, string FamilyName, NameOrder NameOrder, string? NativeName, string Email, string? Phone, string Nationality,
    string? Represented, ParticipantCategory Category, string? Position, string? Organization, string? DietaryNeeds, string? AccessibilityNeeds,
    string? InterpretationLanguage, string? ArrivalFlight, string? DepartureFlight, string? Hotel, bool Consented);

/// <summary>A row's verdict: the person to import, or the problem (a localizer key and its argument) that keeps it out.</summary>
public sealed record RowCheck(int RowNumber, string[] Cells, ImportedPerson? Person, string? Problem, string? ProblemArgument = null);

/// <summary>
/// Reads rows into people by a column mapping and checks each one the way the registration form would: a valid and unique
/// email, a known country with a delegation, a category, room in the quota (rows are counted in file order against the
/// places left). A person already registered for the event is never imported twice, so importing a file again adds nothing.
/// </summary>
public static class ImportPlan
{
    /// <summary>Header names the import recognizes, the export's own among them (folded: lower case, no spaces or punctuation).</summary>
    private static readonly Dictionary<string, ImportField> Known = new()
    {
        ["honorific"] = ImportField.Honorific, ["title"] = ImportField.Honorific, ["salutation"] = ImportField.Honorific,
        ["givenname"] = ImportField.GivenName, ["firstname"] = ImportField.GivenName, ["forename"] = ImportField.GivenName,
        ["familyname"] = ImportField.FamilyName, ["lastname"] = ImportField.FamilyName, ["surname"] = ImportField.FamilyName,
        ["nameorder"] = ImportField.NameOrder, ["nameinnativescript"] = ImportField.NativeName, ["nativename"] = ImportField.NativeName,
        ["email"] = ImportField.Email, ["emailaddress"] = ImportField.Email, ["phone"] = ImportField.Phone, ["mobile"] = ImportField.Phone, ["telephone"] = ImportField.Phone,
        ["nationality"] = ImportField.Nationality, ["delegation"] = ImportField.CountryRepresented, ["countryrepresented"] = ImportField.CountryRepresented,
        ["category"] = ImportField.Category, ["position"] = ImportField.Position, ["jobtitle"] = ImportField.Position,
        ["organization"] = ImportField.Organization, ["organisation"] = ImportField.Organization, ["institution"] = ImportField.Organization,
        ["dietaryneeds"] = ImportField.DietaryNeeds, ["diet"] = ImportField.DietaryNeeds, ["accessibilityneeds"] = ImportField.AccessibilityNeeds,
        ["interpretationlanguage"] = ImportField.InterpretationLanguage, ["arrivalflight"] = ImportField.ArrivalFlight,
        ["departureflight"] = ImportField.DepartureFlight, ["hotel"] = ImportField.Hotel, ["privacyconsent"] = ImportField.PrivacyConsent,
        ["country"] = ImportField.Nationality,
    };

    /// <summary>The field's name as the mapping shows it (a localizer key).</summary>
    public static string Label(ImportField field) => field switch
    {
        ImportField.Ignore => "— not imported —",
        ImportField.GivenName => "Given name",
        ImportField.FamilyName => "Family name",
        ImportField.NameOrder => "Name order",
        ImportField.NativeName => "Name in native script",
        ImportField.CountryRepresented => "Country represented",
        ImportField.DietaryNeeds => "Dietary needs",
        ImportField.AccessibilityNeeds => "Accessibility needs",
        ImportField.InterpretationLanguage => "Interpretation language",
        ImportField.ArrivalFlight => "Arrival flight",
        ImportField.DepartureFlight => "Departure flight",
        ImportField.PrivacyConsent => "Privacy consent",
        _ => field.ToString(),
    };

    /// <summary>The mapping a reader would pick from the header; each field at most once (the first column wins).</summary>
    public static ImportField[] Guess(IReadOnlyList<string> header)
    {
        var taken = new HashSet<ImportField>();
        return header.Select(h =>
        {
            var field = Known.GetValueOrDefault(Fold(h));
            return field != ImportField.Ignore && taken.Add(field) ? field : ImportField.Ignore;
        }).ToArray();
    }

    private static string Fold(string text) => new(text.ToLowerInvariant().Where(char.IsLetter).ToArray());

    /// <summary>What the mapping lacks to make a person of a row; null when it is enough.</summary>
    public static string? Incomplete(IReadOnlyList<ImportField> mapping) =>
        !mapping.Contains(ImportField.Email) ? "Choose the column that holds the email address."
        : !mapping.Contains(ImportField.GivenName) && !mapping.Contains(ImportField.FamilyName) ? "Choose the column (or columns) that hold the name."
        : !mapping.Contains(ImportField.Nationality) && !mapping.Contains(ImportField.CountryRepresented) ? "Choose the column that holds the country."
        : mapping.Where(f => f != ImportField.Ignore).GroupBy(f => f).Any(g => g.Count() > 1) ? "Each field can come from one column only."
        : null;

    public static async Task<List<RowCheck>> CheckAsync(DialogueOpsDbContext db, Event ev, Sheet sheet, IReadOnlyList<ImportField> mapping,
        IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var registered = (await db.Participants.AsNoTracking().Where(p => p.EventId == ev.Id).Select(p => p.Email).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.EventId == ev.Id).ToListAsync(ct);
        var holding = await db.Participants.AsNoTracking().Where(p => p.EventId == ev.Id && Participant.HoldingPlace.Contains(p.Status))
            .GroupBy(p => new { p.DelegationId, p.Category }).Select(g => new { g.Key.DelegationId, g.Key.Category, Count = g.Count() }).ToListAsync(ct);
        var used = holding.Where(h => h.DelegationId != null).ToDictionary(h => (h.DelegationId!.Value, h.Category), h => h.Count);
        var eventUsed = holding.Sum(h => h.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var checks = new List<RowCheck>(sheet.Rows.Count);
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            var cells = sheet.Rows[i];
            var number = i + 2; // the spreadsheet's own row number: the header is row 1
            string? Get(ImportField field)
            {
                var column = Array.IndexOf(mapping.ToArray(), field);
                return column < 0 || column >= cells.Length || string.IsNullOrWhiteSpace(cells[column]) ? null : cells[column].Trim();
            }

            RowCheck Refuse(string problem, string? argument = null) => new(number, cells, null, problem, argument);
            var email = Get(ImportField.Email);
            var nationality = Countries.Find(Get(ImportField.Nationality) ?? Get(ImportField.CountryRepresented));
            var represented = Countries.Find(Get(ImportField.CountryRepresented) ?? Get(ImportField.Nationality));
            var delegation = represented is null ? null : delegations.FirstOrDefault(d => d.CountryCode == represented);
            var category = ParseCategory(Get(ImportField.Category));
            RowCheck check;
            if (email is null || !IsEmail(email))
            {
                check = Refuse("Not a valid email address.");
            }
            else if (registered.Contains(email))
            {
                check = Refuse("Already registered for the event.");
            }
            else if (!seen.Add(email))
            {
                check = Refuse("The same email is on an earlier row of this file.");
            }
            else if (Get(ImportField.GivenName) is null && Get(ImportField.FamilyName) is null)
            {
                check = Refuse("A participant needs a given or a family name.");
            }
            else if (nationality is null || represented is null)
            {
                check = Refuse("Unknown country: {0}.", Get(ImportField.Nationality) ?? Get(ImportField.CountryRepresented) ?? "—");
            }
            else if (delegations.Count > 0 && delegation is null)
            {
                check = Refuse("This event has no delegation for {0}.", Countries.Name(represented, chinese: false));
            }
            else if (category is null)
            {
                check = Refuse("Unknown category: {0}.", Get(ImportField.Category));
            }
            else if (delegation?.QuotaFor(category.Value) is { } quota && used.GetValueOrDefault((delegation.Id, category.Value)) >= quota)
            {
                check = Refuse("Over the quota: {0}.", $"{Countries.Name(delegation.CountryCode, chinese: false)}, {category} ({quota})");
            }
            else if (ev.Capacity is { } capacity && eventUsed >= capacity)
            {
                check = Refuse("Over the event's capacity ({0}).", capacity.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                if (delegation is not null)
                {
                    used[(delegation.Id, category.Value)] = used.GetValueOrDefault((delegation.Id, category.Value)) + 1;
                }

                eventUsed++;
                check = new RowCheck(number, cells, new ImportedPerson(Get(ImportField.Honorific), Get(ImportField.GivenName) ?? "", Get(ImportField.FamilyName) ?? "",
                    Get(ImportField.NameOrder) is { } order && Fold(order).StartsWith("family", StringComparison.Ordinal) ? NameOrder.FamilyFirst : NameOrder.GivenFirst,
                    Get(ImportField.NativeName), email, Get(ImportField.Phone), nationality, represented, category.Value, Get(ImportField.Position),
                    Get(ImportField.Organization), Get(ImportField.DietaryNeeds), Get(ImportField.AccessibilityNeeds), Get(ImportField.InterpretationLanguage),
                    Get(ImportField.ArrivalFlight), Get(ImportField.DepartureFlight), Get(ImportField.Hotel),
                    Get(ImportField.PrivacyConsent) is { } consent && Fold(consent) is "yes" or "y" or "true" or "x" or "是"), null);
            }

            checks.Add(check);
            if ((i + 1) % 250 == 0)
            {
                progress?.Report(i + 1);
            }
        }

        return checks;
    }

    private static ParticipantCategory? ParseCategory(string? text) =>
        text is null ? ParticipantCategory.Expert
        : Enum.TryParse<ParticipantCategory>(text.Trim(), ignoreCase: true, out var category) && Enum.IsDefined(category) && !int.TryParse(text, out _) ? category
        : null;

    private static bool IsEmail(string text) =>
        text.Length <= 256 && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}
