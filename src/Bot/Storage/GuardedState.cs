using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Storage;

/// <summary>
/// Conversation state as the guide keeps it; see <see cref="TurnStateStore"/> for how it differs from Bot Framework's.
/// </summary>
public sealed class GuardedConversationState(IStorage storage) : ConversationState(storage)
{
    private readonly IStorage _storage = storage;

    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnStateStore.LoadAsync(_storage, turnContext, nameof(ConversationState), GetStorageKey(turnContext), force, GetCachedState, cancellationToken);

    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnStateStore.SaveAsync(_storage, GetCachedState(turnContext), GetStorageKey(turnContext), cancellationToken);
}

/// <summary>User state as the guide keeps it; see <see cref="TurnStateStore"/>.</summary>
public sealed class GuardedUserState(IStorage storage) : UserState(storage)
{
    private readonly IStorage _storage = storage;

    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnStateStore.LoadAsync(_storage, turnContext, nameof(UserState), GetStorageKey(turnContext), force, GetCachedState, cancellationToken);

    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnStateStore.SaveAsync(_storage, GetCachedState(turnContext), GetStorageKey(turnContext), cancellationToken);
}
