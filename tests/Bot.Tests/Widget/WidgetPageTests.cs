using System.Net;
using IqChatGuide.Bot.Tests.DirectLine;
using Microsoft.Playwright;

namespace IqChatGuide.Bot.Tests.Widget;

/// <summary>The page and Web Chat in real Chromium, against the bot on Kestrel (echo bot: protocol only).</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly WidgetBotServer _server = new(echo: true);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_page_opens_in_the_browser_language_and_chats_without_any_other_host()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        var foreign = new List<string>();
        var violations = new List<string>();
        page.Request += (_, r) => { if (!r.Url.StartsWith(_server.Address.ToString(), StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal)) foreign.Add(r.Url); };
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(m.Text); };

        var response = await page.GotoAsync(_server.Address.ToString());
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("default-src 'none'", response!.Headers["content-security-policy"]);

        await Assertions.Expect(page.GetByText("hello de").First).ToBeVisibleAsync(new() { Timeout = 20000 });
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("Hallo");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.GetByText("echo: Hallo").First).ToBeVisibleAsync(new() { Timeout = 15000 });
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("page-de-echo"), FullPage = true });

        Assert.Empty(foreign);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task The_send_box_and_language_menu_are_labelled_for_screen_readers()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_server.Address.ToString());

        await Assertions.Expect(page.GetByLabel("Language", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Chat with the IQ Chat Guide" })).ToBeVisibleAsync();
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await Assertions.Expect(page.GetByText("hello en").First).ToBeVisibleAsync(new() { Timeout = 20000 });
        Assert.False(string.IsNullOrWhiteSpace(await input.GetAttributeAsync("aria-label") ?? await input.GetAttributeAsync("placeholder")));

        // Keyboard only: Tab reaches the language menu, and typing + Enter in the send box sends.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("lang", await page.EvaluateAsync<string>("document.activeElement.id"));
        await input.FocusAsync();
        await page.Keyboard.TypeAsync("keyboard only");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByText("echo: keyboard only").First).ToBeVisibleAsync(new() { Timeout = 15000 });
    }

    [Fact]
    public async Task Embed_script_puts_the_chat_in_a_frame_on_another_website()
    {
        // The embedding website: another origin on this machine serving only the two-line snippet.
        await using var site = await SnippetSite.StartAsync(botOrigin: _server.Address.ToString().TrimEnd('/'));
        await using var bot = new WidgetBotServer(echo: true, settings: new Dictionary<string, string?> { ["Widget:EmbedOrigins:0"] = site.Origin });
        site.BotOrigin = bot.Address.ToString().TrimEnd('/');

        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Origin + "/");

        var frame = page.FrameLocator("#iq-chat-guide iframe");
        await Assertions.Expect(frame.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20000 });
        await Assertions.Expect(frame.Locator("html")).ToHaveAttributeAsync("lang", "fa");
        await Assertions.Expect(frame.GetByText("hello fa").First).ToBeVisibleAsync(new() { Timeout = 20000 });
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("embedded-fa") });
    }

    [Fact]
    public async Task Sites_that_are_not_listed_cannot_frame_the_chat()
    {
        using var http = _server.NewClient();
        using var response = await http.GetAsync("/chat?lang=de", TestContext.Current.CancellationToken);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.DoesNotContain("*", csp);
        Assert.Contains("connect-src 'self'", csp);
    }

    [Fact]
    public async Task The_bundle_is_served_by_the_bot_compressed()
    {
        using var http = _server.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/webchat.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }
}
