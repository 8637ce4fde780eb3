using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IqChatGuide.Bot.Tests.Widget;

/// <summary>
/// Walks the interview in the browser like a person would: it reads the question the bot asks
/// (channelData.slot of the bot's last activity, seen on the wire between Web Chat and the bot) and
/// answers it with a click on a button (by its stable value) or by typing. It follows the
/// conversation as it is, so it keeps working when questions are added or reordered.
/// </summary>
public sealed class InterviewWalker
{
    private readonly IPage _page;
    private readonly string _language;
    private readonly ConcurrentQueue<JsonObject> _received = new();
    private readonly List<JsonObject> _botActivities = [];
    private readonly List<string> _trace = [];

    /// <summary>Answers to try per question, in order; a button value is clicked, anything else typed.</summary>
    private static readonly Dictionary<string, string[]> Answers = new()
    {
        ["consent"] = ["yes"],
        ["qualification.name"] = ["Krankenpflegerin"],
        ["qualification.type"] = ["vocational"],
        ["qualification.duration"] = ["3", "3 Jahre", "three years"],
        ["qualification.country"] = ["Philippinen", "Philippines", "PH"],
        ["qualification.year"] = ["2016"],
        ["qualification.experience"] = ["5", "5 Jahre", "5 years"],
        ["qualification.documents"] = ["1, 2", "certificates", "1"],
        ["residence.inGermany"] = ["yes"],
        ["residence.postalCode"] = ["10115"],
        ["residence.status"] = ["skip"],
        ["german.level"] = ["B1"],
        ["goal"] = ["work"],
        ["contact.channel"] = ["email"],
        ["contact.details"] = ["maria.santos@example.com"],
        ["contact.consent"] = ["yes"],
        ["review"] = ["confirm"],
    };

    /// <summary>Create it before the page loads, so it sees the bot's first question.</summary>
    public InterviewWalker(IPage page, string language)
    {
        _page = page;
        _language = language;
        page.Response += async (_, response) =>
        {
            try
            {
                if (response.Request.Method == "POST" && response.Url.EndsWith("/api/directline/token", StringComparison.Ordinal) && response.Status == 200)
                {
                    // A new page load starts a new conversation: only its activities count from now on.
                    var grant = JsonNode.Parse(await response.TextAsync())!.AsObject();
                    _conversationId = grant["conversationId"]!.GetValue<string>();
                    return;
                }
                if (response.Request.Method != "GET" || !response.Url.Contains("/activities", StringComparison.Ordinal) || response.Status != 200) return;
                // Kept whatever the conversation: the token of a new page load may be read after its first poll.
                var set = JsonNode.Parse(await response.TextAsync())!.AsObject();
                foreach (var activity in set["activities"]!.AsArray()) _received.Enqueue(activity!.AsObject());
            }
            catch (PlaywrightException)
            {
                // the page navigated away while the body was read
            }
        };
    }

    private volatile string? _conversationId;

    /// <summary>The conversation of the page's latest load (null until its token arrived).</summary>
    public string? ConversationId => _conversationId;

    /// <summary>Waits until the page has started a conversation other than <paramref name="previous"/>.</summary>
    public async Task<string> WaitForConversationAsync(string? previous = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_conversationId is { } id && id != previous) return id;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("The page started no new conversation.");
    }

    /// <summary>The keyboard hint on the send box at each question, for the assertions.</summary>
    public Dictionary<string, string?> InputModes { get; } = [];

    public string Trace => string.Join("\n", _trace);

    /// <summary>Answers questions until the bot gives a case reference; returns it.</summary>
    public async Task<string> WalkToReferenceAsync(Func<string, Task>? atQuestion = null) =>
        (await WalkAsync(untilSlot: null, atQuestion))!;

    /// <summary>Answers questions until the bot asks <paramref name="slot"/> and Web Chat shows it; does not answer that one.</summary>
    public async Task WalkUntilAsync(string slot) => await WalkAsync(slot, null);

    /// <summary>
    /// Waits until the bot activities that arrive from now on satisfy <paramref name="done"/> (and Web Chat
    /// has had a moment to show them); returns them. Call <see cref="Mark"/> before the action that causes them.
    /// </summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForBotAsync(int mark, Func<IReadOnlyList<JsonObject>, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Collect();
            var fresh = _botActivities.Skip(mark).ToList();
            if (done(fresh))
            {
                await _page.WaitForTimeoutAsync(300);
                return fresh;
            }
            await Task.Delay(100);
        }
        await _page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot($"{_language}-no-{what.Replace(' ', '-')}") });
        throw new Xunit.Sdk.XunitException($"No {what} from the bot within 60 s.\n" + Trace);
    }

    /// <summary>How many bot activities were seen so far (for <see cref="WaitForBotAsync"/>).</summary>
    public int Mark()
    {
        Collect();
        return _botActivities.Count;
    }

    private async Task<string?> WalkAsync(string? untilSlot, Func<string, Task>? atQuestion)
    {
        var attempts = new Dictionary<string, int>();
        for (var step = 0; step < 60; step++)
        {
            var (slot, activity) = await NextQuestionAsync();
            if (activity["channelData"]?["caseReference"]?.GetValue<string>() is { } reference) return reference;
            if (slot is null) throw new Xunit.Sdk.XunitException("The bot stopped asking questions.\n" + Trace);
            if (slot == untilSlot) return null;

            var attempt = attempts[slot] = attempts.GetValueOrDefault(slot) + 1;
            if (attempt > 4) throw new Xunit.Sdk.XunitException($"The bot keeps asking {slot}.\n" + Trace);

            var input = _page.Locator("[data-id='webchat-sendbox-input']");
            InputModes[slot] = await input.GetAttributeAsync("inputmode");
            if (atQuestion is not null) await atQuestion(slot);

            var buttons = (activity["suggestedActions"]?["actions"]?.AsArray() ?? [])
                .Select(a => (Value: a!["value"]?.ToString(), Title: a["title"]?.ToString())).ToList();
            var candidates = slot == "language" ? [_language] : Answers.GetValueOrDefault(slot, []);
            var answer = candidates.Length == 0 ? null : candidates[Math.Min(attempt - 1, candidates.Length - 1)];

            var button = buttons.FirstOrDefault(b => b.Value == answer);
            if (button.Title is null && answer is null && buttons.Count > 0) button = buttons[0]; // a question this walker does not know: first option
            if (button.Title is not null)
            {
                _trace.Add($"{slot}: click '{button.Title}' ({button.Value})");
                await _page.Locator("button.webchat__suggested-action")
                    .Filter(new() { HasTextRegex = new Regex("^\\s*" + Regex.Escape(button.Title) + "\\s*$") }).First.ClickAsync();
            }
            else
            {
                var text = answer ?? "ok";
                _trace.Add($"{slot}: type '{text}'");
                await input.FillAsync(text);
                await input.PressAsync("Enter");
            }
        }
        throw new Xunit.Sdk.XunitException("No case reference after 60 answers.\n" + Trace);
    }

    /// <summary>Moves what the page received into the bot's activities of this conversation.</summary>
    private void Collect()
    {
        while (_received.TryDequeue(out var activity))
        {
            if (activity["conversation"]?["id"]?.GetValue<string>() != _conversationId) continue; // from a page load before
            if (activity["from"]?["role"]?.GetValue<string>() == "user") continue;
            _botActivities.Add(activity);
            if (activity["text"]?.GetValue<string>() is { } said) _trace.Add("  bot: " + said.ReplaceLineEndings(" ")[..Math.Min(said.Length, 100)]);
        }
    }

    /// <summary>Waits for the bot's next question (or the case) and for Web Chat to show it.</summary>
    private async Task<(string? Slot, JsonObject Activity)> NextQuestionAsync()
    {
        var known = _botActivities.Count;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Collect();
            var fresh = _botActivities.Skip(known).ToList();
            var decisive = fresh.LastOrDefault(a => a["channelData"]?["caseReference"] is not null)
                ?? fresh.LastOrDefault(a => a["channelData"]?["slot"] is not null);
            if (decisive is not null)
            {
                // Let Web Chat render the batch (the buttons come with the last message).
                if (decisive["suggestedActions"] is not null)
                    await _page.Locator("button.webchat__suggested-action").First.WaitForAsync(new() { Timeout = 10000 });
                await _page.WaitForTimeoutAsync(300);
                return (decisive["channelData"]?["slot"]?.GetValue<string>(), decisive);
            }
            await Task.Delay(100);
        }
        await _page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot($"{_language}-no-answer") });
        throw new Xunit.Sdk.XunitException($"The bot did not answer within 60 s (conversation {_conversationId}, {_botActivities.Count} bot activities).\n" + Trace);
    }
}
