using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>A set of dialogs that can call each other by id. The root set reads its stack through an accessor.</summary>
public sealed class DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
            throw new InvalidOperationException($"A dialog with the id '{dialog.Id}' is already in the set.");
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>Loads the stack from conversation state and returns a context for this turn.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (dialogState is null)
            throw new InvalidOperationException("This dialog set has no state accessor; create a DialogContext with an explicit state instead.");
        var state = await dialogState.GetTypedAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
