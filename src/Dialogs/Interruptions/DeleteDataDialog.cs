using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Runtime;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Interruptions;

/// <summary>
/// "Delete my data": asks once to confirm, then removes the conversation and user state and the case if
/// it was made in this conversation, and confirms in the person's language.
/// </summary>
public sealed class DeleteDataDialog : GuideDialog
{
    public DeleteDataDialog(GuideServices services) : base(nameof(DeleteDataDialog), services)
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ConfirmStepAsync, DeleteStepAsync]));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt), recognizer: (turn, text) => services.Reader.ReadYesNo(text, GuideStateAccessors.Current(turn).Language)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var texts = Services.Texts(step.Context);
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions
        {
            Prompt = Replies.Question(step.Context, SlotIds.DeleteConfirm, texts["delete.confirm"].Value, []),
            Choices = ConfirmPrompt.YesNo(texts["delete.yes"].Value, texts["delete.no"].Value),
            Style = Replies.StyleFor(step.Context),
            MaxAttempts = 2,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> DeleteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The texts are taken before the state goes: the confirmation is still in the person's language.
        var texts = Services.Texts(step.Context);
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(Replies.Text(texts, "delete.kept"), cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var conversation = GuideStateAccessors.Current(step.Context);
        if (conversation.CaseReference is { } reference)
            await Services.Cases.DeleteAsync(reference, cancellationToken);
        await Services.State.DeleteAllAsync(step.Context, cancellationToken);
        await step.Context.SendActivityAsync(Replies.Text(texts, "delete.done"), cancellationToken);

        // Nothing of this conversation is left, so no dialog may go on: the whole stack ends here.
        var root = step.Parent ?? step;
        await root.CancelAllDialogsAsync(cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled, true);
    }
}
