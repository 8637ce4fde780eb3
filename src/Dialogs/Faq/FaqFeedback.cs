using System.Text;
using IqChatGuide.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Localization;

namespace IqChatGuide.Dialogs.Faq;

/// <summary>
/// "Was that helpful?" under an FAQ answer: two buttons with stable values on the answer itself, so the
/// question that follows keeps its own choices as the last buttons of the turn. A pick is thanked for,
/// counted per topic and language (never the person's words or anything that identifies them), and the
/// conversation goes on where it was. Ignoring the buttons costs nothing: the next message is read as usual.
/// </summary>
public static class FaqFeedback
{
    /// <summary>The value of the "helpful" button; the "faq." prefix keeps it apart from every interview choice.</summary>
    public const string HelpfulValue = "faq.helpful";

    /// <summary>The value of the "not helpful" button.</summary>
    public const string NotHelpfulValue = "faq.unhelpful";

    /// <summary>The channelData hint on an answer that carries the buttons: the topic they rate.</summary>
    public const string FeedbackForHint = "feedbackFor";

    /// <summary>Adds the two buttons to an answer of <paramref name="topic"/> and remembers what they rate.</summary>
    public static Activity Offer(Activity answer, ITurnContext turn, IStringLocalizer texts, GuideConversation conversation, string topic)
    {
        // Without buttons the two options would become a numbered list just above the question's own
        // numbered options, and "1" would mean two things. There the answer comes without them.
        if (!ChannelCapabilities.SupportsButtons(turn.Activity.ChannelId))
        {
            conversation.FaqFeedbackTopic = null;
            return answer;
        }
        answer.SuggestedActions = new SuggestedActions
        {
            Actions =
            [
                new CardAction(ActionTypes.ImBack, texts["feedback.helpful"].Value, value: HelpfulValue),
                new CardAction(ActionTypes.ImBack, texts["feedback.notHelpful"].Value, value: NotHelpfulValue),
            ],
        };
        conversation.FaqFeedbackTopic = topic;
        return answer.With(FeedbackForHint, topic);
    }

    /// <summary>
    /// True when the message rated the last answer (a button, or its title typed); the thanks is sent and
    /// the caller asks the open question again. Any other message moves on, and the buttons expire.
    /// </summary>
    public static async Task<bool> TryHandleAsync(ITurnContext turn, GuideServices services, GuideConversation conversation, string text, CancellationToken cancellationToken)
    {
        var topic = conversation.FaqFeedbackTopic;
        conversation.FaqFeedbackTopic = null;
        var texts = services.Texts(turn);
        // Typed titles count only right after an answer; a button value is never an answer to anything else.
        if (Read(text, texts, titlesToo: topic is not null) is not { } helpful) return false;
        // A second click on the same buttons is thanked for but not counted twice.
        if (topic is not null) services.FaqInsights?.RecordFeedback(topic, conversation.Language, helpful);
        await turn.SendActivityAsync(Replies.Text(texts, helpful ? "feedback.thanks" : "feedback.sorry"), cancellationToken);
        return true;
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
