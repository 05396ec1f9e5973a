using System.ComponentModel.DataAnnotations;
using DialogueOps.Domain.Delegations;

namespace DialogueOps.Web.Pages.Events;

/// <summary>The registration form. Never bound to the entity: the page maps it field by field.</summary>
public sealed class RegistrationInput
{
    [StringLength(50, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Honorific (Dr., H.E., Prof. …)")]
    public string? Honorific { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Given name (Latin letters)")]
    public string GivenName { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Family name (Latin letters)")]
    public string FamilyName { get; set; } = "";

    [Display(Name = "Name order")]
    public NameOrder NameOrder { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Name in native script (optional)")]
    public string? NativeName { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(300, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Position")]
    public string Position { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(300, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Organization")]
    public string Organization { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Nationality")]
    public string? Nationality { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Country represented")]
    public string? CountryRepresented { get; set; }

    [Display(Name = "Category")]
    public ParticipantCategory Category { get; set; } = ParticipantCategory.Expert;

    [StringLength(50, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [StringLength(500, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Dietary needs")]
    public string? DietaryNeeds { get; set; }

    [StringLength(500, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Accessibility needs")]
    public string? AccessibilityNeeds { get; set; }

    [StringLength(35, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Interpretation language")]
    public string? InterpretationLanguage { get; set; }

    [Display(Name = "Arrival (local time)")]
    public DateTime? ArrivalAt { get; set; }

    [StringLength(20, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Arrival flight")]
    public string? ArrivalFlight { get; set; }

    [Display(Name = "Departure (local time)")]
    public DateTime? DepartureAt { get; set; }

    [StringLength(20, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Departure flight")]
    public string? DepartureFlight { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Hotel")]
    public string? Hotel { get; set; }

    [Display(Name = "I have read the privacy notice and agree that my data is used to organize the event.")]
    public bool Consent { get; set; }

    /// <summary>Self-registration is for these categories; officials and staff are nominated by their focal point or the hosts.</summary>
    public static readonly ParticipantCategory[] SelfService = [ParticipantCategory.Official, ParticipantCategory.Expert, ParticipantCategory.Speaker, ParticipantCategory.Observer, ParticipantCategory.Media];

    /// <summary>Rules the attributes cannot say; messages are English keys the page localizes.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        // One message per field, the most specific first.
        foreach (var (value, field, latin) in new[] { (GivenName, nameof(GivenName), true), (FamilyName, nameof(FamilyName), true), (NativeName, nameof(NativeName), false), (Position, nameof(Position), false), (Organization, nameof(Organization), false), (Honorific, nameof(Honorific), false) })
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (value.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'))
            {
                yield return (field, "Remove control characters (tabs, line breaks, direction marks) from this field.");
            }
            else if (value.EnumerateRunes().Any(r => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(r.Value) == System.Globalization.UnicodeCategory.OtherSymbol))
            {
                yield return (field, "Remove emoji and symbols from this field.");
            }
            else if (latin && !IsLatinName(value))
            {
                yield return (field, "Use Latin letters as in your passport; put other scripts under “Name in native script”.");
            }
        }

        if (!Consent)
        {
            yield return (nameof(Consent), "Please agree to the privacy notice to register.");
        }

        if (!SelfService.Contains(Category))
        {
            yield return (nameof(Category), "Choose one of the categories offered.");
        }

        if (ArrivalAt is not null && DepartureAt is not null && DepartureAt < ArrivalAt)
        {
            yield return (nameof(DepartureAt), "Departure cannot be before arrival.");
        }
    }

    /// <summary>Latin letters with their accents (Vietnamese included), spaces, hyphens, apostrophes and dots.</summary>
    private static bool IsLatinName(string value) => value.Normalize(System.Text.NormalizationForm.FormD).All(c =>
        c is ' ' or '-' or '\'' or '.' or '’'
        || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark
        || char.IsLetter(c) && (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF'));
}

/// <summary>What the shared participant fields (<c>_ParticipantFields</c>) need from the page that shows them.</summary>
public interface IParticipantFields
{
    RegistrationInput Input { get; }

    /// <summary>The countries with a delegation at the event; empty when the event has none (any country may then be represented).</summary>
    IReadOnlyList<string> DelegationCountries { get; }

    IReadOnlyList<string> Organizations { get; }

    string ZoneDescription { get; }

    IReadOnlyList<ParticipantCategory> Categories { get; }
}
