using Microsoft.Playwright;

namespace IqChatGuide.Bot.Tests.Widget;

/// <summary>
/// Debian's Chromium driven by Playwright (never Playwright's own browser download), one per test class.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/widget under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(
        Path.Combine(AppContext.BaseDirectory, "TestResults", "widget")).FullName;

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), "chromium is missing: apt-get install -y chromium (test.sh does this)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    public static string Screenshot(string name) => Path.Combine(ScreenshotFolder, name + ".png");
}

/// <summary>
/// Browser tests share one Chromium and run one after another: each drives a real bot and a real
/// browser, and running them side by side on a small machine only makes them slow and flaky.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
