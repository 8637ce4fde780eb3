using Microsoft.Bot.Builder;
using IqChatGuide.Bot.Widget;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Bot.DirectLine;

/// <summary>
/// The adapter behind the self-hosted Direct Line: replies of a turn are not sent anywhere, they are
/// appended to the conversation's transcript, where the widget picks them up with its next poll.
/// It runs the same DI-registered middleware as the host's adapter, so channel shaping applies here too.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    private readonly DirectLineConversationStore _store;
    private readonly ILogger<DirectLineAdapter> _logger;

    private readonly IServiceProvider _services;

    public DirectLineAdapter(DirectLineConversationStore store, IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware, IServiceProvider services, ILogger<DirectLineAdapter> logger)
    {
        _store = store;
        _services = services;
        _logger = logger;
        foreach (var m in middleware) Use(m);
        OnTurnError = HandleTurnErrorAsync;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var toStore = new List<Activity>(activities.Length);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypesEx.InvokeResponse) continue; // no invoke activities on this channel
            if (activity.Type == ActivityTypes.Delay)
            {
                // A deliberate pause between messages; capped so a turn never hangs on it.
                var ms = activity.Value is IConvertible c ? Math.Clamp(c.ToInt32(null), 0, 2000) : 0;
                await Task.Delay(ms, cancellationToken);
                continue;
            }
            // Web Chat tells the sides apart by role: everything this adapter sends is the bot's.
            activity.From ??= new ChannelAccount();
            activity.From.Role = RoleTypes.Bot;
            toStore.Add(activity);
        }
        if (toStore.Count == 0) return [.. activities.Select(_ => new ResourceResponse())];

        var ids = await _store.AppendAsync(turnContext.Activity.Conversation.Id, toStore, cancellationToken);
        return [.. ids.Select(id => new ResourceResponse(id))];
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The widget channel does not update sent activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The widget channel does not delete sent activities.");

    /// <summary>Runs one turn for an activity that arrived from the widget.</summary>
    public async Task ProcessAsync(Activity activity, BotCallbackHandler callback, CancellationToken ct)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, ct);
    }

    private async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        // The exception type only: messages and stack data can contain what the person typed.
        _logger.LogError("Turn failed in widget conversation: {ExceptionType}", exception.GetType().FullName);
        try
        {
            var text = WidgetTexts.TurnFailed(_services, turnContext.Activity.Locale);
            await turnContext.SendActivityAsync(MessageFactory.Text(text));
        }
        catch (Exception e)
        {
            _logger.LogError("Could not tell the person about the failed turn: {ExceptionType}", e.GetType().FullName);
        }
    }
}
