using IqChatGuide.Bot.Hosting;
using IqChatGuide.Bot.Storage;
using IqChatGuide.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Messages;

/// <summary>
/// Runs one turn through the adapter: one turn per conversation at a time in this process, replies held until
/// the state is saved, and a turn that lost an ETag race to another instance run once more on fresh state.
/// </summary>
public sealed class TurnRunner(
    GuideAdapter adapter,
    ConversationGate gate,
    ConversationState conversationState,
    UserState userState,
    FriendlyReplies replies,
    IOptions<BotOptions> options,
    ILogger<TurnRunner> logger)
{
    private readonly int _maxMessageLength = options.Value.MaxMessageLength;

    public async Task<InvokeResponse?> RunAsync(string? authHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        var turnGate = gate.For(activity.ChannelId, activity.Conversation.Id);
        await turnGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await adapter.ProcessParsedActivityAsync(authHeader, activity, (ctx, ct) => TurnAsync(ctx, bot, ct), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            turnGate.Release();
        }
    }

    private async Task TurnAsync(ITurnContext turnContext, IBot bot, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type == ActivityTypes.Message && turnContext.Activity.Text?.Length > _maxMessageLength)
        {
            // Not a turn: the conversation stays where it was.
            await turnContext.SendActivityAsync(replies.Create(turnContext, FriendlyReplies.MessageTooLong, _maxMessageLength), cancellationToken).ConfigureAwait(false);
            return;
        }

        var outgoing = new OutgoingBuffer();
        turnContext.OnSendActivities(outgoing.OnSendAsync);
        try
        {
            try
            {
                await bot.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            }
            catch (StorageConflictException)
            {
                logger.LogInformation("Conversation state changed during the turn elsewhere; running the turn again on fresh state");
                outgoing.Discard();
                GuideStateAccessors.ForgetLoaded(turnContext);
                await conversationState.LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
                await userState.LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
                await bot.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            // The error handler answers; what the failed run said is dropped with its unsaved state.
            outgoing.PassThrough();
            throw;
        }
        await outgoing.FlushAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }
}
