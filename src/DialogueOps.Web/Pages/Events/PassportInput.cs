using System.ComponentModel.DataAnnotations;
using DialogueOps.Domain.Delegations;

namespace DialogueOps.Web.Pages.Events;

/// <summary>
/// The passport fields as every form has them (the passport page, the visa-letter request); dates are nullable so that an
/// empty field says "required" instead of failing to bind. The rules are <see cref="PassportEntry.Validate"/>.
/// </summary>
public class PassportInput
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

    public PassportEntry ToEntry() => new(NameAsInPassport ?? "", PassportNumber ?? "", IssuingCountry ?? "", Nationality ?? "",
        DateOfBirth ?? default, PassportExpiry ?? default);
}
