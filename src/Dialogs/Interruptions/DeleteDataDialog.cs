using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Faq;
using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Runtime;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Interruptions;

/// <summary>
/// "Delete my data": asks once to confirm, then removes the case if it was made in this conversation, the FAQ
/// question texts kept from this conversation, and the conversation and user state, and confirms in the person's
/// language. If any of it fails, the error ends the turn before the state goes: the person is told to try again,
/// the confirmation is still open, and the next "yes" tries everything again.
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
        if (Services.FaqInsights is { } insights && FaqReplies.OwnerOf(step.Context) is { } owner)
            await insights.ForgetAsync(owner, cancellationToken);
        await Services.State.DeleteAllAsync(step.Context, cancellationToken);
        await step.Context.SendActivityAsync(Replies.Text(texts, "delete.done"), cancellationToken);

        // Nothing of this conversation is left, so no dialog may go on: the whole stack ends here.
        var root = step.Parent ?? step;
        await root.CancelAllDialogsAsync(cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled, true);
    }
}
