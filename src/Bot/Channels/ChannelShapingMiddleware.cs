using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace IqChatGuide.Bot.Channels;

/// <summary>
/// Fits the bot's replies to the channel they go to: buttons become numbered text where a channel
/// shows none (or fewer than offered), long texts are split at the channel's limit with the buttons
/// on the last part, the hand-off event is only sent where something can receive it, and in Web Chat
/// a button pick shows as its localized title rather than its value.
/// Registered in DI as an <see cref="Microsoft.Bot.Builder.IMiddleware"/>; every adapter of the host runs it.
/// </summary>
public sealed class ChannelShapingMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public const string HandoffEventName = "handoff.initiate";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            var capabilities = ChannelCapabilities.For(context.Activity.ChannelId);
            var shaped = activities.SelectMany(a => Shape(a, capabilities)).ToList();
            activities.Clear();
            activities.AddRange(shaped);
            return activities.Count == 0 ? [] : await nextSend();
        });
        await next(cancellationToken);
    }

    /// <summary>The activities to send instead of one reply (none, the same one, or several parts).</summary>
    public static IEnumerable<Activity> Shape(Activity activity, ChannelCapabilities capabilities)
    {
        if (activity.Type == ActivityTypes.Event)
        {
            if (activity.Name == HandoffEventName && !capabilities.AcceptsEvents) return [];
            return [activity];
        }
        if (activity.Type != ActivityTypes.Message) return [activity];

        if (activity.SuggestedActions?.Actions is { Count: > 0 } actions && !capabilities.CanShowButtons(actions.Count))
        {
            var numbered = LongMessageSplitter.NumberedChoices(actions.Select(a => a.Title ?? a.Value?.ToString() ?? ""));
            activity.Text = string.IsNullOrEmpty(activity.Text) ? numbered : activity.Text + "\n\n" + numbered;
            activity.SuggestedActions = null;
        }

        if (capabilities.ShowsDisplayText && activity.SuggestedActions?.Actions is { Count: > 0 } shown)
        {
            foreach (var action in shown)
            {
                if (action.Type == ActionTypes.ImBack && action.Value is string value && action.Title is { Length: > 0 } title && title != value)
                {
                    action.Type = ActionTypes.MessageBack;
                    action.Text = value;
                    action.DisplayText = title;
                }
            }
        }

        if (capabilities.MaxMessageLength <= 0 || activity.Text is null || activity.Text.Length <= capabilities.MaxMessageLength)
            return [activity];

        var parts = LongMessageSplitter.Split(activity.Text, capabilities.MaxMessageLength);
        var result = new List<Activity>(parts.Count);
        for (var i = 0; i < parts.Count - 1; i++)
        {
            // Earlier parts are plain text; the question (slot), buttons and attachments stay on the last one.
            var part = Clone(activity);
            part.Text = parts[i];
            part.Speak = null;
            part.SuggestedActions = null;
            part.Attachments = null;
            part.ChannelData = null;
            part.InputHint = InputHints.IgnoringInput;
            result.Add(part);
        }
        activity.Text = parts[^1];
        result.Add(activity);
        return result;
    }

    private static Activity Clone(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
}
