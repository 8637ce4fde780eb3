using IqChatGuide.Dialogs.Runtime;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Conversation;

/// <summary>The state properties of the guide. The loaded conversation is kept in the turn so prompts can read it without waiting.</summary>
public sealed class GuideStateAccessors(ConversationState conversationState, UserState userState)
{
    private const string TurnKey = "guide.conversation";

    public ConversationState ConversationState { get; } = conversationState;
    public UserState UserState { get; } = userState;
    public IStatePropertyAccessor<DialogState> DialogState { get; } = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    public IStatePropertyAccessor<GuideConversation> Conversation { get; } = conversationState.CreateProperty<GuideConversation>(nameof(GuideConversation));
    public IStatePropertyAccessor<GuideUser> User { get; } = userState.CreateProperty<GuideUser>(nameof(GuideUser));

    public async Task<GuideConversation> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.TurnState.Get<GuideConversation>(TurnKey) is { } loaded) return loaded;
        var conversation = await Conversation.GetTypedAsync(turnContext, () => new GuideConversation(), cancellationToken).ConfigureAwait(false);
        if (conversation.Culture is null)
        {
            var user = await User.GetTypedAsync(turnContext, () => new GuideUser(), cancellationToken).ConfigureAwait(false);
            if (user.Culture is not null)
            {
                conversation.Culture = user.Culture;
                conversation.LanguageSource = "choice";
            }
        }
        turnContext.TurnState.Set(TurnKey, conversation);
        return conversation;
    }

    /// <summary>The conversation loaded earlier in this turn.</summary>
    public static GuideConversation Current(ITurnContext turnContext) =>
        turnContext.TurnState.Get<GuideConversation>(TurnKey)
        ?? throw new InvalidOperationException("The guide conversation is read at the start of the turn (GuideStateAccessors.LoadAsync).");

    /// <summary>Drops what this turn has read, for a turn that runs again on state loaded afresh.</summary>
    public static void ForgetLoaded(ITurnContext turnContext) => turnContext.TurnState.Remove(TurnKey);

    public async Task SetLanguageAsync(ITurnContext turnContext, string culture, string source, CancellationToken cancellationToken = default)
    {
        var conversation = await LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
        conversation.Culture = culture;
        conversation.LanguageSource = source;
        if (source == "choice")
        {
            var user = await User.GetTypedAsync(turnContext, () => new GuideUser(), cancellationToken).ConfigureAwait(false);
            user.Culture = culture;
        }
    }

    /// <summary>Removes everything stored about this conversation and this person.</summary>
    public async Task DeleteAllAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await ConversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await UserState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Remove(TurnKey);
    }
}
