using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Bot.Storage;

/// <summary>
/// Loading and saving of <see cref="BotState"/>, with two differences from Bot Framework's own:
/// <list type="bullet">
/// <item>State that is not in storage yet is marked "may only be created": Bot Framework writes new state without
/// an ETag, so two instances starting the same conversation at once would both create it and one would silently
/// win. State read from storage already carries its ETag.</item>
/// <item>State a turn has loaded is written back at the end of the turn, without BotState's change check: that
/// check serializes the whole state three more times per turn (on load, before and after saving) although the
/// guide's conversation changes on almost every turn; writing also renews the state's retention while the person
/// is active. User state is loaded only on the turns that read it, so it is rarely written.</item>
/// </list>
/// </summary>
internal static class TurnStateStore
{
    public static async Task LoadAsync(
        IStorage storage,
        ITurnContext turnContext,
        string turnStateKey,
        string storageKey,
        bool force,
        Func<ITurnContext, BotState.CachedBotState> cached,
        CancellationToken cancellationToken)
    {
        if (!force && cached(turnContext)?.State is not null) return;
        var items = await storage.ReadAsync([storageKey], cancellationToken).ConfigureAwait(false);
        items.TryGetValue(storageKey, out var value);
        var state = value switch
        {
            IDictionary<string, object> dictionary => dictionary,
            JObject json => json.ToObject<Dictionary<string, object>>()!,
            null => new Dictionary<string, object> { [StateJson.ETagKey] = StateJson.CreateOnlyETag },
            _ => throw new InvalidOperationException("Stored state is not a property dictionary."),
        };
        // Built empty (its constructor hashes what it is given) and filled afterwards; BotState finds it under
        // the key its constructor was given, the state's class name.
        var loaded = new BotState.CachedBotState { State = state };
        turnContext.TurnState[turnStateKey] = loaded;
        if (!ReferenceEquals(cached(turnContext), loaded))
            throw new InvalidOperationException($"BotState does not keep its {turnStateKey} under the expected turn key.");
    }

    public static Task SaveAsync(IStorage storage, BotState.CachedBotState? cached, string storageKey, CancellationToken cancellationToken) =>
        cached?.State is { } state
            ? storage.WriteAsync(new Dictionary<string, object> { [storageKey] = state }, cancellationToken)
            : Task.CompletedTask;
}
