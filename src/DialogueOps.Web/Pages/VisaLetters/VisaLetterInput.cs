using System.ComponentModel.DataAnnotations;
using DialogueOps.Domain.VisaLetters;

namespace DialogueOps.Web.Pages.VisaLetters;

/// <summary>The request form; dates are nullable so that an empty field says "required" instead of failing to bind.</summary>
public sealed class VisaLetterInput
{
    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Full name exactly as in the passport")]
    public string NameAsInPassport { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Passport number")]
    public string PassportNumber { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Issuing country")]
    public string IssuingCountry { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Nationality")]
    public string Nationality { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Passport expiry date")]
    public DateOnly? PassportExpiry { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Consulate or embassy where you will apply")]
    public string Consulate { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Intended entry date")]
    public DateOnly? EntryDate { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Intended exit date")]
    public DateOnly? ExitDate { get; set; }

    [Display(Name = "Note to the secretariat (optional)")]
    public string? Note { get; set; }

    [Display(Name = "Your answer to the secretariat")]
    public string? Reply { get; set; }

    public VisaLetterApplication ToApplication() => new(
        NameAsInPassport ?? "", PassportNumber ?? "", IssuingCountry ?? "", DateOfBirth ?? default, PassportExpiry ?? default,
        Nationality ?? "", Consulate ?? "", EntryDate ?? default, ExitDate ?? default, Note);
}
