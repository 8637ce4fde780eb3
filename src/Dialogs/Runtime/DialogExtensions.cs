using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

public static class DialogExtensions
{
    /// <summary>
    /// Runs one turn: continues the active dialog, or begins <paramref name="dialog"/> when the stack is empty.
    /// The caller saves conversation state afterwards (the bot does it at the end of every turn).
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        return result;
    }
}
