using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Runtime;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Dialogs.Bots;

/// <summary>
/// The bot, in the style of CoreBot's DialogBot: every message, greeting and event runs the main dialog,
/// and conversation and user state are saved at the end of every turn.
/// </summary>
public sealed class GuideBot(MainDialog dialog, GuideStateAccessors state) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await state.ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await state.UserState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        RunAsync(turnContext, cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet once, when the person (not the bot itself) joins.
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
            await RunAsync(turnContext, cancellationToken);
    }

    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        RunAsync(turnContext, cancellationToken);

    private Task RunAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        dialog.RunAsync(turnContext, state.DialogState, cancellationToken);
}
