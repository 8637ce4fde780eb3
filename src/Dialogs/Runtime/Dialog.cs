using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>Why a dialog is started, resumed or ended (same names as Bot Framework).</summary>
public enum DialogReason { BeginCalled, ContinueCalled, EndCalled, ReplaceCalled, CancelCalled, NextCalled }

/// <summary>Where a turn left the dialog stack.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing to continue.</summary>
    Empty,
    /// <summary>The active dialog waits for the next message.</summary>
    Waiting,
    /// <summary>The dialog ended; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,
    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}

/// <summary>The outcome of a dialog operation. <see cref="Result"/> lives only within one turn and is never stored.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);

/// <summary>
/// A step of the conversation that lives on the dialog stack. Dialog objects are stateless and shared
/// by all conversations; everything a dialog remembers goes into its <see cref="DialogInstance"/>.
/// </summary>
public abstract class Dialog(string dialogId)
{
    /// <summary>Returned by a dialog that waits for the person's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    public string Id { get; } = dialogId;

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with the next message while the dialog is active. By default a dialog ends on any message.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog this dialog started has ended. By default the dialog ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the dialog to send its question again, e.g. after an interruption was handled.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called when the dialog leaves the stack, whatever the reason.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
