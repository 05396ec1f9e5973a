using DialogueOps.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DialogueOps.Web.Pages;

/// <summary>
/// The header's language switch: remembers the choice in the culture cookie for a year. A link (GET), not a form: the
/// choice is harmless to forge, and a layout without a per-visitor antiforgery token is the same bytes for every
/// anonymous reader of a page, which is what lets the public agenda come from the output cache.
/// </summary>
public class CultureModel : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        if (culture is not null && LocalizationExtensions.SupportedCultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
