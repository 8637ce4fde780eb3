using System.Text;
using IqChatGuide.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Localization;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Dialogs.Faq;

/// <summary>
/// "Was that helpful?" under an FAQ answer. Channels show only the newest message's suggested actions,
/// and after an answer the open question comes again with its own, so the two buttons travel on the
/// answer as a small card instead: they stay under the answer while the question below keeps the last
/// suggested actions. A click sends the stable value (and the topic it rates) and shows the localized
/// title as the person's message. A pick is thanked for, counted per topic and language (never the
/// person's words or anything that identifies them), and the conversation goes on where it was.
/// Channels whose older messages cannot keep buttons get no feedback question at all: as numbered
/// options it would sit just above the question's own numbers, and "1" would mean two things.
/// </summary>
public static class FaqFeedback
{
    /// <summary>The value of the "helpful" button; the "faq." prefix keeps it apart from every interview choice.</summary>
    public const string HelpfulValue = "faq.helpful";

    /// <summary>The value of the "not helpful" button.</summary>
    public const string NotHelpfulValue = "faq.unhelpful";

    /// <summary>The channelData hint on an answer that carries the buttons: the topic they rate.</summary>
    public const string FeedbackForHint = "feedbackFor";

    /// <summary>The fields of a button's value: the stable value again, and the topic the card rates.</summary>
    public const string ValueFeedback = "feedback";
    public const string ValueTopic = "topic";

    /// <summary>Adds the feedback card to an answer of <paramref name="topic"/> and remembers what it rates.</summary>
    public static Activity Offer(Activity answer, ITurnContext turn, IStringLocalizer texts, GuideConversation conversation, string topic)
    {
        if (!ChannelCapabilities.KeepsCardButtons(turn.Activity.ChannelId))
        {
            conversation.FaqFeedbackTopic = null;
            return answer;
        }
        var card = new HeroCard
        {
            Text = texts["feedback.ask"].Value,
            Buttons = [Button(texts["feedback.helpful"].Value, HelpfulValue, topic), Button(texts["feedback.notHelpful"].Value, NotHelpfulValue, topic)],
        };
        answer.Attachments = [card.ToAttachment()];
        conversation.FaqFeedbackTopic = topic;
        return answer.With(FeedbackForHint, topic);
    }

    /// <summary>A messageBack button: the channel shows the title as the person's message and sends the value as text.</summary>
    private static CardAction Button(string title, string value, string topic) =>
        new(ActionTypes.MessageBack, title, text: value, displayText: title,
            value: new JObject { [ValueFeedback] = value, [ValueTopic] = topic });

    /// <summary>
    /// True when the message rated an answer (a button, or its title typed right after the answer); the
    /// thanks is sent and the caller asks the open question again. Any other message moves on, and the
    /// feedback expires: a later click is thanked for but not counted, so nothing is counted twice or for
    /// an answer long gone, and never read as an answer to the open question.
    /// </summary>
    public static async Task<bool> TryHandleAsync(ITurnContext turn, GuideServices services, GuideConversation conversation, string text, CancellationToken cancellationToken)
    {
        var topic = conversation.FaqFeedbackTopic;
        conversation.FaqFeedbackTopic = null;
        var texts = services.Texts(turn);
        // Typed titles count only right after an answer; a button value is never an answer to anything else.
        if (Read(text, texts, titlesToo: topic is not null) is not { } helpful) return false;
        // A card under an earlier answer rates that answer, not the latest one.
        var rated = RatedTopic(turn.Activity.Value);
        if (topic is not null && (rated is null || rated == topic) && services.FaqInsights is { } insights)
            await insights.RecordFeedbackAsync(topic, conversation.Language, helpful, cancellationToken);
        await turn.SendActivityAsync(Replies.Text(texts, helpful ? "feedback.thanks" : "feedback.sorry"), cancellationToken);
        return true;
    }

    /// <summary>The topic a clicked card rates (from the button's value); null for typed text.</summary>
    private static string? RatedTopic(object? value)
    {
        var data = value switch
        {
            JObject j => j,
            null or string or ValueType => null,
            _ => JToken.FromObject(value) as JObject,
        };
        return data?[ValueTopic] is JValue { Type: JTokenType.String } topic ? (string?)topic : null;
    }

    private static bool? Read(string text, IStringLocalizer texts, bool titlesToo)
    {
        var trimmed = text.Trim();
        if (string.Equals(trimmed, HelpfulValue, StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(trimmed, NotHelpfulValue, StringComparison.OrdinalIgnoreCase)) return false;
        if (!titlesToo) return null;
        if (trimmed is "👍") return true;
        if (trimmed is "👎") return false;
        var said = Letters(trimmed);
        if (said.Length == 0) return null;
        if (said == Letters(texts["feedback.notHelpful"].Value)) return false;
        if (said == Letters(texts["feedback.helpful"].Value)) return true;
        return null;
    }

    /// <summary>The words of a title without its emoji, punctuation and case ("👍 Hilfreich" → "hilfreich").</summary>
    private static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            if (letters.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(letters);
        }
        return sb.ToString();
    }
}
