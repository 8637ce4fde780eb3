using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Storage;

/// <summary>
/// Bot Framework's BotState writes a new conversation's state without an ETag, so two instances starting
/// the same conversation at once would both "create" it and one would silently win. Marking new state as
/// "may only be created" closes that gap; state read from storage already carries its ETag.
/// </summary>
public interface IGuardedState
{
    Task GuardNewStateAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

public sealed class GuardedConversationState(IStorage storage) : ConversationState(storage), IGuardedState
{
    public Task GuardNewStateAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        GuardedStateMarker.MarkAsync(this, turnContext, cancellationToken, GetPropertyValueAsync<object>, SetPropertyValueAsync);
}

public sealed class GuardedUserState(IStorage storage) : UserState(storage), IGuardedState
{
    public Task GuardNewStateAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        GuardedStateMarker.MarkAsync(this, turnContext, cancellationToken, GetPropertyValueAsync<object>, SetPropertyValueAsync);
}

internal static class GuardedStateMarker
{
    public static async Task MarkAsync(
        BotState state,
        ITurnContext turnContext,
        CancellationToken cancellationToken,
        Func<ITurnContext, string, CancellationToken, Task<object>> get,
        Func<ITurnContext, string, object, CancellationToken, Task> set)
    {
        await state.LoadAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        if (await get(turnContext, StateJson.ETagKey, cancellationToken).ConfigureAwait(false) is null)
            await set(turnContext, StateJson.ETagKey, StateJson.CreateOnlyETag, cancellationToken).ConfigureAwait(false);
    }
}
