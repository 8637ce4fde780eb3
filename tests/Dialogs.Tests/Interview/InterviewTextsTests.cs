using System.Text.RegularExpressions;
using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Interview;
using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Dialogs.Tests.Interview;

public partial class InterviewTextsTests
{
    private static readonly string[] WrittenLanguages = ["en", "de"];

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void Every_question_has_its_texts_and_every_option_a_title_of_its_own(string lang)
    {
        var harness = new GuideHarness();
        var provider = harness.BuildProvider();
        var services = provider.GetRequiredService<GuideServices>();
        var form = provider.GetRequiredService<InterviewForm>();
        var texts = harness.Localizers.ForCulture(lang);
        var conversation = new GuideConversation { Culture = lang };
        conversation.Answers.InGermany = true;
        conversation.Answers.PostalCode = "21039";
        conversation.Answers.ContactChannel = "email";
        conversation.StateCandidates = ["DE-HH", "DE-SH"];
        conversation.StateQuestionReason = "ambiguous";
        var context = new SlotContext(conversation, texts, services);

        foreach (var slot in form.Slots)
        {
            var ask = slot.Ask(context);
            Assert.False(ask.StartsWith("interview.", StringComparison.Ordinal), $"{lang}: no question text for {slot.Id}");
            if (slot.Reviewable) Assert.False(texts[$"interview.{slot.Id}.label"].ResourceNotFound, $"{lang}: no review label for {slot.Id}");
            foreach (var option in slot.Options(context))
                Assert.False(option.Title.Contains("common.", StringComparison.Ordinal) || option.Title.StartsWith("interview.", StringComparison.Ordinal),
                    $"{lang}: option {option.Value} of {slot.Id} has no title");
        }
    }

    [Fact]
    public void English_and_German_conversation_texts_have_the_same_keys_and_placeholders()
    {
        var files = WrittenLanguages.ToDictionary(l => l, l => Flatten(JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "locales", l, "ui.json")))));
        Assert.Equal(files["en"].Keys.Order(), files["de"].Keys.Order());
        foreach (var (key, english) in files["en"])
        {
            Assert.Equal(Placeholders(english), Placeholders(files["de"][key]));
            Assert.False(string.IsNullOrWhiteSpace(files["de"][key]), $"empty German text for {key}");
        }
    }

    private static Dictionary<string, string> Flatten(JObject root) =>
        root.Descendants().OfType<JValue>()
            .Where(v => v.Type == JTokenType.String && !v.Path.StartsWith('$') && !v.Path.Contains("['$"))
            .ToDictionary(v => v.Path, v => (string)v!);

    private static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex PlaceholderPattern();
}
