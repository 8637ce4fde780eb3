using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>The dialog stack of one set during one turn, with the operations that change it.</summary>
public class DialogContext
{
    private readonly DialogState _state;

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
        : this(dialogs, turnContext, state, null)
    {
    }

    /// <summary>Creates the context of a component's inner set; dialogs are looked up here first, then in the parent.</summary>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, parentDialogContext.Context, state, parentDialogContext)
    {
    }

    private protected DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent)
    {
        Dialogs = dialogs;
        Context = turnContext;
        _state = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }
    public ITurnContext Context { get; }
    public DialogContext? Parent { get; }
    public List<DialogInstance> Stack => _state.DialogStack;
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the innermost active component, for reading where the conversation is.</summary>
    public DialogContext? Child =>
        ActiveDialog is { Children: { } children } active && FindDialog(active.Id) is ComponentDialog component
            ? component.CreateInnerContext(this, children)
            : null;

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' was found.");
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a prompt: the same as <see cref="BeginDialogAsync"/> with typed options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Passes the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active) return new DialogTurnResult(DialogTurnStatus.Empty);
        var dialog = FindDialog(active.Id)
            ?? throw new InvalidOperationException($"The active dialog '{active.Id}' is not in the set (was it renamed?).");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes its parent with the result.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } parent && FindDialog(parent.Id) is { } dialog)
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and starts another in its place, without resuming the parent in between.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes every dialog from this stack (inner stacks included).</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0) return new DialogTurnResult(DialogTurnStatus.Empty);
        while (Stack.Count > 0)
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to send its question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active && FindDialog(active.Id) is { } dialog)
            await dialog.RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active) return;
        if (FindDialog(active.Id) is { } dialog)
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken).ConfigureAwait(false);
        Stack.Remove(active);
    }
}
