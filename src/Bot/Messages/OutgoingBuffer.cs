using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Bot.Messages;

/// <summary>
/// Holds the bot's replies until the turn has finished and its state is saved. If the save loses a race, the
/// turn runs again and the person sees only the replies of the run that was saved — never both.
/// </summary>
internal sealed class OutgoingBuffer
{
    private readonly List<Activity> _held = [];
    private bool _passThrough;

    public Task<ResourceResponse[]> OnSendAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        if (_passThrough) return next();
        _held.AddRange(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < responses.Length; i++) responses[i] = new ResourceResponse(activities[i].Id ?? string.Empty);
        return Task.FromResult(responses);
    }

    /// <summary>Forget what the failed run said.</summary>
    public void Discard() => _held.Clear();

    /// <summary>From now on replies go out at once (used by the error handler after a failure).</summary>
    public void PassThrough()
    {
        _held.Clear();
        _passThrough = true;
    }

    public async Task FlushAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _passThrough = true;
        if (_held.Count == 0) return;
        var activities = _held.ToArray();
        _held.Clear();
        // The same final step TurnContext takes: with expectReplies the replies go into the HTTP response,
        // otherwise the adapter sends them to the channel. Handlers before this one have already seen them.
        if (turnContext is TurnContext context && turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies)
            context.BufferedReplyActivities.AddRange(activities);
        else
            await turnContext.Adapter.SendActivitiesAsync(turnContext, activities, cancellationToken).ConfigureAwait(false);
    }
}
