using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Pages.Me;

/// <summary>The name shown for the account and the person's own time zone, which agendas and reminders show beside the event's.</summary>
public class ProfileModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(200, ErrorMessage = "At most {1} characters.")]
        public string? DisplayName { get; set; }

        public string? TimeZoneId { get; set; }
    }

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<(string Id, string Label)> Zones { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Input = new ProfileInput { DisplayName = user.DisplayName, TimeZoneId = user.TimeZoneId };
        LoadZones();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var zone = string.IsNullOrWhiteSpace(Input.TimeZoneId) ? null : Input.TimeZoneId.Trim();
        if (zone is not null && !EventTimeZone.TryFind(zone, out _))
        {
            ModelState.AddModelError("Input.TimeZoneId", localizer["Choose a time zone from the list."]);
        }

        if (!ModelState.IsValid)
        {
            LoadZones();
            return Page();
        }

        user.DisplayName = Input.DisplayName!.Trim();
        user.TimeZoneId = zone;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        StatusMessage = localizer["Profile saved."];
        return RedirectToPage();
    }

    private void LoadZones()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Zones = EventTimeZone.Choices.Select(id => (id, EventTimeZone.ChoiceLabel(id, now, CultureInfo.CurrentUICulture))).ToList();
    }
}
