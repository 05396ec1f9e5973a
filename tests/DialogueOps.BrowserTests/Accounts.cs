using Microsoft.Playwright;

namespace DialogueOps.BrowserTests;

/// <summary>Signing in as a person does it; done when the page shows the signed-in header.</summary>
public static class Accounts
{
    public static async Task SignInAsync(IPage page, string email, string password = AppProcess.Password)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
        await page.Locator("form[action*='/Identity/Account/Logout']").WaitForAsync();
    }
}
