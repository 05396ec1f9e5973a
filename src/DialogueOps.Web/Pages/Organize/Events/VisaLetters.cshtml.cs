using System.ComponentModel.DataAnnotations;
using DialogueOps.Data;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Organize.Events;

/// <summary>How the event's invitation letters read: reference prefix, languages, what the hosts cover, passport validity.</summary>
public class VisaLettersModel(DialogueOpsDbContext db, CurrentEvent currentEvent, IStringLocalizer<SharedResource> localizer)
    : ManageEventPageModel(db, currentEvent, localizer)
{
    public sealed class SettingsInput
    {
        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Reference prefix (letters are numbered PREFIX-YEAR-0001)")]
        public string ReferencePrefix { get; set; } = "";

        [Display(Name = "Chinese text beside the English")]
        public bool Bilingual { get; set; }

        [Display(Name = "What the hosts cover (English; empty: nothing)")]
        public string? CoveredCosts { get; set; }

        [Display(Name = "What the hosts cover (Chinese)")]
        public string? CoveredCostsLocal { get; set; }

        [Display(Name = "Passport validity after exit (months)")]
        public int MinimumValidityMonths { get; set; } = 6;
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var policy = await Db.Events.AsNoTracking().Where(e => e.Id == id).Select(e => e.VisaLetters).SingleAsync();
        Input = new SettingsInput
        {
            ReferencePrefix = policy.ReferencePrefix,
            Bilingual = policy.Bilingual,
            CoveredCosts = policy.CoveredCosts,
            CoveredCostsLocal = policy.CoveredCostsLocal,
            MinimumValidityMonths = policy.MinimumValidityMonths,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        foreach (var (field, message) in VisaLetterPolicy.Validate(Input.ReferencePrefix, Input.CoveredCosts, Input.CoveredCostsLocal, Input.MinimumValidityMonths).All)
        {
            ModelState.AddModelError($"Input.{field}", L[message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var ev = await Db.Events.SingleAsync(e => e.Id == id);
        ev.SetVisaLetterPolicy(new VisaLetterPolicy(Input.ReferencePrefix, Input.Bilingual, Input.CoveredCosts, Input.CoveredCostsLocal, Input.MinimumValidityMonths));
        await Db.SaveChangesAsync();
        StatusMessage = L["Saved."];
        return RedirectToPage(new { id });
    }
}
