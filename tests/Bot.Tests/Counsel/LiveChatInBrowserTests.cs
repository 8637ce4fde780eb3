using IqChatGuide.Bot.Tests.Delivery;
using IqChatGuide.Bot.Tests.DirectLine;
using IqChatGuide.Bot.Tests.Widget;
using Microsoft.Playwright;

namespace IqChatGuide.Bot.Tests.Counsel;

/// <summary>A counsellor in the inbox and a person in the widget, each in their own Chromium, talking live.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveChatInBrowserTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 20000 };

    /// <summary>A chat bubble in the widget (Web Chat also keeps hidden copies of each text for screen readers).</summary>
    private static ILocator Bubble(IPage page, string text) => page.Locator(".webchat__bubble", new() { HasText = text }).Last;

    [Fact]
    public async Task A_counsellor_takes_over_and_exchanges_messages_with_the_person_in_the_widget()
    {
        var settings = DeliveryHosts.FastDelivery();
        CounselClient.WithUser(settings, "anna", DeliveryHosts.BerlinOffice);
        await using var server = new WidgetBotServer(settings: settings);
        var origin = server.Address.ToString().TrimEnd('/');

        // The person walks the interview in the widget.
        await using var personContext = await browser.Browser.NewContextAsync(new() { Locale = "en-US" });
        var personPage = await personContext.NewPageAsync();
        var walker = new InterviewWalker(personPage, "en");
        await personPage.GotoAsync(origin + "/?lang=en");
        await walker.WaitForConversationAsync();
        var reference = await walker.WalkToReferenceAsync();

        // The counsellor signs in, opens the case and takes over.
        await using var counsellorContext = await browser.Browser.NewContextAsync(new() { Locale = "de-DE" });
        var inbox = await counsellorContext.NewPageAsync();
        await inbox.GotoAsync(origin + "/counsel");
        await inbox.GetByLabel("Benutzername").FillAsync("anna");
        await inbox.GetByLabel("Passwort").FillAsync(CounselClient.Password);
        await inbox.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await inbox.WaitForURLAsync("**/counsel");
        for (var i = 0; i < 100 && await inbox.GetByRole(AriaRole.Link, new() { Name = reference }).CountAsync() == 0; i++)
        {
            await Task.Delay(200); // the delivery worker lists the case within a poll or two
            await inbox.ReloadAsync();
        }
        await inbox.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await inbox.GetByRole(AriaRole.Button, new() { Name = "Chat übernehmen" }).ClickAsync();
        await Assertions.Expect(Bubble(personPage, "A counsellor from")).ToBeVisibleAsync(Soon);

        // Counsellor → person.
        await inbox.GetByLabel("Nachricht an die Person").FillAsync("Hello, this is Anna from the Berlin office. How can I help?");
        await inbox.GetByRole(AriaRole.Button, new() { Name = "Senden" }).ClickAsync();
        await Assertions.Expect(Bubble(personPage, "Hello, this is Anna from the Berlin office. How can I help?")).ToBeVisibleAsync(Soon);

        // Person → counsellor; the bot does not answer in between.
        var sendBox = personPage.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("Do I need certified translations?");
        await sendBox.PressAsync("Enter");
        await Assertions.Expect(Bubble(personPage, "Do I need certified translations?")).ToBeVisibleAsync(Soon);
        await inbox.GetByRole(AriaRole.Link, new() { Name = "Neue Nachrichten zeigen" }).ClickAsync();
        await inbox.ReloadAsync();
        await Assertions.Expect(inbox.Locator("li.person", new() { HasText = "Do I need certified translations?" })).ToBeVisibleAsync(Soon);
        await personPage.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("live-chat-person") });
        await inbox.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("live-chat-counsellor"), FullPage = true });
        // Nothing from the bot after the person's message: the last bubble is the person's own.
        var bubbles = await personPage.Locator(".webchat__bubble").AllInnerTextsAsync();
        Assert.Contains("Do I need certified translations?", bubbles[^1], StringComparison.Ordinal);

        // Handed back: the person is told, and the bot answers again.
        await inbox.GetByRole(AriaRole.Button, new() { Name = "An den Chat Guide zurückgeben" }).ClickAsync();
        await Assertions.Expect(Bubble(personPage, "The counsellor has left the chat")).ToBeVisibleAsync(Soon);
    }
}
