using IqChatGuide.Dialogs.Runtime;
using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Localization;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Dialogs.Conversation;

/// <summary>Builds the guide's messages: localized text, machine-readable hints in channelData, options as buttons or a numbered list.</summary>
public static class Replies
{
    public static Activity Text(string text, JObject? channelData = null)
    {
        var activity = MessageFactory.Text(text);
        if (channelData is not null) activity.ChannelData = channelData;
        return activity;
    }

    public static Activity Text(IStringLocalizer texts, string key, params (string Name, object? Value)[] args) =>
        MessageFactory.Text(texts.Format(key, args));

    /// <summary>
    /// A question of the interview: <c>channelData.slot</c> names it; choice options become buttons with
    /// their stable values, or a numbered list where the channel shows no buttons.
    /// </summary>
    /// <param name="numberWhenNoButtons">false for free-text questions whose buttons are only shortcuts (a number there would be read as an answer).</param>
    public static Activity Question(ITurnContext turnContext, string slot, string text, IReadOnlyList<ChoiceOption> options, bool numberWhenNoButtons = true)
    {
        var activity = MessageFactory.Text(text, inputHint: InputHints.ExpectingInput);
        activity.ChannelData = new JObject { ["slot"] = slot };
        if (options.Count == 0) return activity;
        var choices = options.Select(o => new Choice(o.Value, o.Title)).ToList();
        // Asked with the count: where the channel shows fewer buttons than offered, the host would number them anyway.
        var style = ChannelCapabilities.SupportsButtons(turnContext.Activity.ChannelId, options.Count)
            ? ListStyle.SuggestedAction
            : numberWhenNoButtons ? ListStyle.List : ListStyle.None;
        return ChoicePrompt.WithChoices(activity, choices, style);
    }

    /// <summary>The prompt style for this channel.</summary>
    public static ListStyle StyleFor(ITurnContext turnContext) =>
        ChannelCapabilities.SupportsButtons(turnContext.Activity.ChannelId) ? ListStyle.SuggestedAction : ListStyle.List;

    /// <summary>The same message with one more channelData hint.</summary>
    public static Activity With(this Activity activity, string name, JToken value)
    {
        var data = activity.ChannelData as JObject ?? (activity.ChannelData is null ? new JObject() : JObject.FromObject(activity.ChannelData));
        data[name] = value;
        activity.ChannelData = data;
        return activity;
    }

    /// <summary>A text that exists, or null (for optional texts such as the help of one question).</summary>
    public static string? Optional(this IStringLocalizer texts, string key)
    {
        var text = texts[key];
        return text.ResourceNotFound ? null : text.Value;
    }
}
