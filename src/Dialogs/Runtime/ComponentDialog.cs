using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>
/// A dialog made of other dialogs with their own inner stack, kept inside the component's instance.
/// Override <see cref="OnContinueDialogAsync"/> to look at every message before the inner dialogs do
/// (the interruption hook).
/// </summary>
public class ComponentDialog(string dialogId) : Dialog(dialogId)
{
    private readonly DialogSet _dialogs = new();

    /// <summary>The inner dialog started first; by default the first one added.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    internal DialogContext CreateInnerContext(DialogContext outerDc, DialogState children) => new(_dialogs, outerDc, children);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        var instance = outerDc.ActiveDialog!;
        instance.Children = new DialogState();
        var innerDc = CreateInnerContext(outerDc, instance.Children);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(outerDc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        var instance = outerDc.ActiveDialog!;
        instance.Children ??= new DialogState();
        var innerDc = CreateInnerContext(outerDc, instance.Children);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(outerDc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog this component pushed onto the outer stack ended: show the inner question again and keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = new DialogContext(_dialogs, turnContext, instance.Children ??= new DialogState());
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled && instance.Children is { } children)
            await new DialogContext(_dialogs, turnContext, children).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"'{Id}' has no dialogs."), options, cancellationToken);

    /// <summary>The interruption hook: runs before the inner dialogs see the message.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called when the inner stack is done; ends the component with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        if (turnResult.Status == DialogTurnStatus.Waiting) return EndOfTurn;
        // The component may already have been removed (a cancel-all from inside); then there is nothing to end.
        if (outerDc.ActiveDialog != instance) return turnResult;
        return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }
}
