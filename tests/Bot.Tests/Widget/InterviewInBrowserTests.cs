using IqChatGuide.Bot.Tests.DirectLine;
using Microsoft.Playwright;

namespace IqChatGuide.Bot.Tests.Widget;

/// <summary>The whole interview through the widget in real Chromium, against the real conversation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InterviewInBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly WidgetBotServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private async Task<(IPage, InterviewWalker)> OpenAndChooseAsync(IBrowserContext context, string language, List<string> problems)
    {
        var page = await context.NewPageAsync();
        var walker = new InterviewWalker(page, language);
        var origin = _server.Address.ToString();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add("CSP: " + m.Text); };
        page.Request += (_, r) => { if (!r.Url.StartsWith(origin, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal)) problems.Add(r.Url); };
        await page.GotoAsync(origin);
        var first = await walker.WaitForConversationAsync();
        // The person picks the language in the page's menu; the chat starts again in it.
        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync(language);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change language" }).ClickAsync();
        await page.WaitForURLAsync($"**/?lang={language}");
        await walker.WaitForConversationAsync(first);
        return (page, walker);
    }

    [Fact]
    public async Task A_person_chooses_German_and_walks_the_interview_to_a_reference_number()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        var (page, walker) = await OpenAndChooseAsync(context, "de", problems);
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));

        var reference = await walker.WalkToReferenceAsync(async slot =>
        {
            if (slot is "residence.postalCode" or "review") await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("de-" + slot.Replace('.', '-')) });
        });

        await Assertions.Expect(page.GetByText(reference).First).ToBeVisibleAsync(new() { Timeout = 10000 });
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("de-reference") });
        // The phone keyboard follows the question: digits for the postal code, e-mail for the address.
        Assert.Equal("numeric", walker.InputModes["residence.postalCode"]);
        Assert.Equal("email", walker.InputModes["contact.details"]);
        Assert.Equal("text", walker.InputModes["qualification.name"]);
        // A pick shows in German in the person's own bubble, not as the stable value the bot receives.
        var mine = await page.Locator(".webchat__bubble--from-user").AllInnerTextsAsync();
        Assert.DoesNotContain(mine, t => t.Trim() is "yes" or "confirm" or "vocational");
        Assert.Contains(mine, t => t.Trim() == "Ja");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task In_Arabic_on_a_360_px_phone_the_chat_is_right_to_left_and_never_scrolls_sideways()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            Locale = "en-US",
            ViewportSize = new() { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });
        var problems = new List<string>();
        var (page, walker) = await OpenAndChooseAsync(context, "ar", problems);
        var overflow = new List<string>();

        var reference = await walker.WalkToReferenceAsync(async slot =>
        {
            if (await HorizontalOverflowAsync(page) is { } width) overflow.Add($"{slot}: {width}px wide");
            if (slot is "language" or "qualification.type" or "residence.postalCode") await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("ar-phone-" + slot.Replace('.', '-')) });
        });

        await Assertions.Expect(page.GetByText(reference).First).ToBeVisibleAsync(new() { Timeout = 10000 });
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("ar-phone-reference") });
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('[data-id=\"webchat-sendbox-input\"]')).direction"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.webchat__bubble')).direction"));
        Assert.True(overflow.Count == 0, string.Join("; ", overflow));
        Assert.Null(await HorizontalOverflowAsync(page));
        Assert.Equal("numeric", walker.InputModes["residence.postalCode"]);
        Assert.Empty(problems);
    }

    /// <summary>The page's width when it is wider than the screen (the person would have to scroll sideways), else null.</summary>
    private static async Task<int?> HorizontalOverflowAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        var viewport = await page.EvaluateAsync<int>("window.innerWidth");
        return width > viewport ? width : null;
    }
}
