using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IqChatGuide.Bot.Tests.DirectLine;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;

namespace IqChatGuide.Bot.Tests.Widget;

/// <summary>
/// "Was that helpful?" in the widget, in real Chromium on a phone-sized screen: a question asked in the
/// middle of the interview is answered with both feedback buttons under the answer while the interview
/// question below keeps its own choices; a click is thanked for, the question comes again, and the
/// operators' report counts it for the topic and the language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedbackInBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string OperatorKey = "widget-feedback-operator-key";
    private const string AtSlot = "qualification.type";

    private readonly WidgetBotServer _server = new(settings: new Dictionary<string, string?> { ["Faq:OperatorKey"] = OperatorKey });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private IStringLocalizer Texts(string lang) => _server.Services.GetRequiredService<ILocalizerProvider>().ForCulture(lang);

    private static string? Slot(JsonObject activity) => activity["channelData"]?["slot"]?.GetValue<string>();

    private static string? Topic(JsonObject activity) => activity["channelData"]?["faqTopic"]?.GetValue<string>();

    [Theory]
    [InlineData("en", "How much does the recognition cost?")]
    [InlineData("ar", "كم تكلف معادلة الشهادة؟")]
    public async Task Mid_interview_the_answer_keeps_both_feedback_buttons_and_the_question_its_choices_and_a_click_is_counted(string lang, string question)
    {
        // The real server first (the Kestrel address), then its services.
        var origin = _server.Address.ToString();
        var expected = _server.Services.GetRequiredService<IFaqAnswerer>().Ask(question, lang);
        Assert.True(expected.IsConfident, $"the FAQ does not answer '{question}' with confidence");
        var texts = Texts(lang);
        string helpful = texts["feedback.helpful"].Value, notHelpful = texts["feedback.notHelpful"].Value;

        await using var context = await browser.Browser.NewContextAsync(new()
        {
            Locale = "en-US",
            ViewportSize = new() { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) || m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add("console: " + m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400) problems.Add($"{r.Status} {r.Request.Method} {r.Url}"); };
        page.Request += (_, r) => { if (!r.Url.StartsWith(origin, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal)) problems.Add(r.Url); };
        var walker = new InterviewWalker(page, lang);
        await page.GotoAsync(origin + "?lang=" + lang);
        await walker.WaitForConversationAsync();
        await walker.WalkUntilAsync(AtSlot);

        // The person asks a question instead of answering.
        var mark = walker.Mark();
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(question);
        await input.PressAsync("Enter");
        var asked = await walker.WaitForBotAsync(mark, a => a.Any(x => Topic(x) is not null) && a.Count > 0 && Slot(a[^1]) == AtSlot, "answer and question");
        var answer = asked.Single(a => Topic(a) is not null);
        var topic = Topic(answer)!;
        Assert.Equal(expected.Topic, topic);
        var choices = asked[^1]["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.True(choices.Count >= 2, "the question came without its choices");

        // Both feedback buttons are on the screen under the answer, and the question's choices below it.
        var helpfulButton = page.GetByRole(AriaRole.Button, new() { Name = helpful, Exact = true }).Last;
        var notHelpfulButton = page.GetByRole(AriaRole.Button, new() { Name = notHelpful, Exact = true }).Last;
        var firstChoice = page.Locator("button.webchat__suggested-action").Filter(new() { HasText = choices[0] }).First;
        await helpfulButton.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(helpfulButton).ToBeVisibleAsync(new() { Timeout = 10000 });
        await Assertions.Expect(notHelpfulButton).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(texts["feedback.ask"].Value, new() { Exact = true }).Last).ToBeVisibleAsync();
        await Assertions.Expect(firstChoice).ToBeVisibleAsync();
        foreach (var choice in choices)
            await Assertions.Expect(page.Locator("button.webchat__suggested-action").Filter(new() { HasText = choice }).First).ToBeVisibleAsync();
        // The feedback buttons are not among the question's choices at the bottom.
        Assert.Empty(await page.Locator("button.webchat__suggested-action").Filter(new() { HasText = helpful }).AllAsync());
        // In the transcript the card comes after the answer and before the question asked again.
        var answerBox = await page.GetByText(Start(answer["text"]!.GetValue<string>(), 20)).Last.BoundingBoxAsync();
        var buttonBox = (await helpfulButton.BoundingBoxAsync())!;
        var questionBox = await page.GetByText(Start(asked[^1]["text"]!.GetValue<string>(), 10)).Last.BoundingBoxAsync();
        Assert.NotNull(answerBox);
        Assert.NotNull(questionBox);
        Assert.True(answerBox.Y < buttonBox.Y && buttonBox.Y < questionBox.Y, $"answer {answerBox.Y}, feedback {buttonBox.Y}, question {questionBox.Y}");
        // On the phone the buttons are large enough to tap and fit the screen; nothing scrolls sideways.
        Assert.True(buttonBox.Height >= 32, $"the feedback button is {buttonBox.Height}px high");
        Assert.True(buttonBox.X >= 0 && buttonBox.X + buttonBox.Width <= 360, $"the feedback button spans {buttonBox.X}..{buttonBox.X + buttonBox.Width}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        if (lang == "ar")
        {
            Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
            Assert.Equal("rtl", await helpfulButton.EvaluateAsync<string>("b => getComputedStyle(b).direction"));
            // Right to left: the first button ("helpful") stands right of the second, or above it.
            var second = (await notHelpfulButton.BoundingBoxAsync())!;
            Assert.True(buttonBox.X > second.X || buttonBox.Y < second.Y, $"helpful at {buttonBox.X},{buttonBox.Y}; not helpful at {second.X},{second.Y}");
        }
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot($"{lang}-phone-faq-feedback") });

        // "Helpful": thanked for, shown as the person's words (not the stable value), the question again.
        mark = walker.Mark();
        await helpfulButton.ClickAsync();
        var thanked = await walker.WaitForBotAsync(mark, a => a.Count > 0 && Slot(a[^1]) == AtSlot, "thanks and question");
        Assert.Contains(thanked, a => a["text"]?.GetValue<string>() == texts["feedback.thanks"].Value);
        await Assertions.Expect(page.GetByText(texts["feedback.thanks"].Value).Last).ToBeVisibleAsync(new() { Timeout = 10000 });
        var mine = await page.Locator(".webchat__bubble--from-user").AllInnerTextsAsync();
        Assert.Contains(mine, t => t.Trim() == helpful);
        Assert.DoesNotContain(mine, t => t.Contains("faq.", StringComparison.Ordinal));
        await Assertions.Expect(firstChoice).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot($"{lang}-phone-faq-thanked") });

        // Operators see one "helpful" for this topic and language.
        Assert.Equal((1, 0), await RatingAsync(topic, lang));

        // The interview goes on from the same question; the card is still there, and a late click is
        // thanked for, counted no second time and never taken as an answer.
        mark = walker.Mark();
        await firstChoice.ClickAsync();
        var next = await walker.WaitForBotAsync(mark, a => a.Any(x => Slot(x) is { } s && s != AtSlot), "next question");
        var nextSlot = Slot(next.Last(x => Slot(x) is not null))!;
        mark = walker.Mark();
        await helpfulButton.ClickAsync();
        var late = await walker.WaitForBotAsync(mark, a => a.Count > 0 && Slot(a[^1]) is not null, "reply to a late click");
        Assert.Equal(nextSlot, Slot(late[^1]));
        Assert.Contains(late, a => a["text"]?.GetValue<string>() == texts["feedback.thanks"].Value);
        Assert.Equal((1, 0), await RatingAsync(topic, lang));
        Assert.Empty(problems);
    }

    /// <summary>The first characters of a message, to find its bubble on the page.</summary>
    private static string Start(string text, int length) => text[..Math.Min(length, text.Length)];

    /// <summary>(helpful, not helpful) for one topic and language in GET /api/faq/unanswered.</summary>
    private async Task<(int, int)> RatingAsync(string topic, string lang)
    {
        using var http = _server.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/faq/unanswered");
        request.Headers.Add("X-Operator-Key", OperatorKey);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var row = report.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("lang").GetString() == lang && r.GetProperty("topic").GetString() == topic);
        return (row.GetProperty("helpful").GetInt32(), row.GetProperty("notHelpful").GetInt32());
    }
}
