using Microsoft.Playwright;

namespace DialogueOps.BrowserTests;

/// <summary>Debian's Chromium driven by Playwright; each journey gets a fresh context and a screenshot if it fails.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
    }

    /// <summary>Runs a journey in a new page; on failure the page is saved as PNG under artifacts/browser-screenshots.</summary>
    public async Task JourneyAsync(string name, string baseUrl, Func<IPage, Task> journey)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "en-GB" });
        // The whole suite shares two cores with the app and the other test projects: be patient, not flaky.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();  // the app's confirmations: the journey means it
        try
        {
            await journey(page);
        }
        catch
        {
            var folder = Path.Combine(AppProcess.RepositoryRoot, "artifacts", "browser-screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
            throw;
        }
    }
}
