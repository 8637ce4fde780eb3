using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

public static class StatePropertyAccessorExtensions
{
    /// <summary>
    /// Reads a state property and puts the typed object back into the turn's cache. A storage that keeps
    /// plain JSON (no type names) hands back a JObject, from which BotState makes a new copy on every read;
    /// without the write-back, changes to that copy would be lost at save.
    /// </summary>
    public static async Task<T> GetTypedAsync<T>(this IStatePropertyAccessor<T> accessor, ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        var value = await accessor.GetAsync(turnContext, defaultValueFactory, cancellationToken).ConfigureAwait(false);
        await accessor.SetAsync(turnContext, value, cancellationToken).ConfigureAwait(false);
        return value;
    }
}
