using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Input;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Dialogs.Faq;

/// <summary>
/// Answers a recognition question asked in the middle of the conversation. A clear question gets its
/// answer (with <c>channelData.faqTopic</c>); an unclear one gets the best 2–3 topics as buttons; a
/// question we cannot answer gets an honest "I don't know" and the way to a counsellor. An answer asks
/// "was that helpful?" with two buttons on a small card under it (<see cref="FaqFeedback"/>).
/// </summary>
public static class FaqReplies
{
    private const string TopicValuePrefix = "faq:";
    /// <summary>Questions about wages, contracts or exploitation also bring in Faire Integration.</summary>
    public const string LabourRightsTopic = "labour-rights";

    public static async Task<bool> TryAnswerAsync(ITurnContext turn, GuideServices services, GuideConversation conversation, string text, string lang, CancellationToken cancellationToken)
    {
        if (PickedSuggestion(services, conversation, text, lang) is { } topic)
        {
            conversation.FaqSuggestions.Clear();
            if (services.Faq.Get(topic, lang) is { Answer: { } answer })
            {
                await SendAnswerAsync(turn, services, conversation, topic, answer, cancellationToken);
                return true;
            }
        }

        if (!services.Faq.LooksLikeQuestion(text, lang)) return false;
        if (conversation.Culture is null)
        {
            // The first thing the person wrote was a question: answer in its language and stay in it.
            var detected = services.Detector.Detect(text);
            if (detected is not null) await services.State.SetLanguageAsync(turn, detected.Culture, "detected", cancellationToken);
        }

        var result = services.Faq.Ask(text, conversation.Culture is null ? lang : conversation.Language);
        // The text itself is kept only with the person's consent (and only when the answer was unsure), filed under
        // this conversation's owner key so that "delete my data" removes it.
        if (services.FaqInsights is { } insights)
            await insights.RecordAsync(result, text, consented: conversation.Answers.Consent == true, OwnerOf(turn), cancellationToken);
        var texts = services.Texts(turn);
        if (result is { IsConfident: true, Topic: { } found, Answer: { } text1 })
        {
            await SendAnswerAsync(turn, services, conversation, found, text1, cancellationToken);
        }
        else if (result.Suggestions.Count > 0)
        {
            conversation.FaqSuggestions = result.Suggestions.Select(s => new OfferedTopic { Topic = s.Topic, Title = s.Title }).ToList();
            var options = result.Suggestions.Select(s => new ChoiceOption(TopicValuePrefix + s.Topic, s.Title)).ToList();
            await turn.SendActivityAsync(Replies.Question(turn, SlotIds.FaqSuggestion, texts["question.suggest"].Value, options), cancellationToken);
        }
        else
        {
            await turn.SendActivityAsync(Replies.Text(texts, "question.notFound"), cancellationToken);
        }
        return true;
    }

    /// <summary>The owner key of the texts kept from this conversation (<see cref="FaqOwner"/>).</summary>
    public static string? OwnerOf(ITurnContext turn) => FaqOwner.Of(turn.Activity?.ChannelId, turn.Activity?.Conversation?.Id);

    private static string? PickedSuggestion(GuideServices services, GuideConversation conversation, string text, string lang)
    {
        if (conversation.FaqSuggestions.Count == 0) return null;
        var options = conversation.FaqSuggestions.Select(t => new ChoiceOption(TopicValuePrefix + t.Topic, t.Title)).ToList();
        return services.Reader.MatchChoice(text, lang, options) is { } value ? value[TopicValuePrefix.Length..] : null;
    }

    private static async Task SendAnswerAsync(ITurnContext turn, GuideServices services, GuideConversation conversation, string topic, string answer, CancellationToken cancellationToken)
    {
        if (!conversation.Answers.QuestionsAsked.Contains(topic)) conversation.Answers.QuestionsAsked.Add(topic);
        var reply = Replies.Text(answer, new JObject { ["faqTopic"] = topic });
        await turn.SendActivityAsync(FaqFeedback.Offer(reply, turn, services.Texts(turn), conversation, topic), cancellationToken);
    }
}
