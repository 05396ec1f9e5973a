using System.ComponentModel.DataAnnotations;
using DialogueOps.Domain.VisaLetters;

namespace DialogueOps.Web.Pages.Events;

/// <summary>The request form: the passport fields every passport form has, and the trip.</summary>
public sealed class VisaLetterInput : PassportInput
{
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
