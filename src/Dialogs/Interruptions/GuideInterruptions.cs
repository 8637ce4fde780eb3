using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Faq;
using IqChatGuide.Dialogs.Greeting;
using IqChatGuide.Dialogs.Handoff;
using IqChatGuide.Dialogs.Interview;
using IqChatGuide.Dialogs.Runtime;
using IqChatGuide.Guidance.Input;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Dialogs.Interruptions;

/// <summary>What an interruption did: nothing, answered something (the open question comes again), or took over the stack.</summary>
public sealed record InterruptionResult(bool Answered, DialogTurnResult? TookOver)
{
    public static readonly InterruptionResult None = new(false, null);
    public static readonly InterruptionResult AnsweredOnly = new(true, null);
    public static InterruptionResult Took(DialogTurnResult result) => new(false, result);
}

/// <summary>The commands and questions a person may send at any point of the conversation.</summary>
public static class GuideInterruptions
{
    public static async Task<InterruptionResult> HandleAsync(DialogContext innerDc, GuideServices services, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        var text = turn.Activity.Text?.Trim();
        if (turn.Activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(text)) return InterruptionResult.None;

        var conversation = GuideStateAccessors.Current(turn);
        var lang = conversation.Culture is null ? services.Detector.Detect(text)?.Language ?? conversation.Language : conversation.Language;

        // A click on "helpful" / "not helpful" under the last answer: thanked for, and the open question comes again.
        if (await FaqFeedback.TryHandleAsync(turn, services, conversation, text, cancellationToken))
            return InterruptionResult.AnsweredOnly;

        switch (services.Reader.ReadCommand(text, lang))
        {
            case GuideCommand.Help:
                await SendHelpAsync(innerDc, services, conversation, cancellationToken);
                return InterruptionResult.AnsweredOnly;

            case GuideCommand.Back:
                // "Back" moves through the interview; elsewhere (language menu, review) the question simply comes again.
                if (innerDc.ActiveDialog?.Id == nameof(InterviewDialog) && !InterviewDialog.GoBack(conversation))
                    await turn.SendActivityAsync(Replies.Text(services.Texts(turn), "help.backNone"), cancellationToken);
                return InterruptionResult.AnsweredOnly;

            case GuideCommand.Restart:
                conversation.ResetInterview();
                await turn.SendActivityAsync(Replies.Text(services.Texts(turn), "help.restarted"), cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return InterruptionResult.Took(await innerDc.BeginDialogAsync(MainDialog.StartId, null, cancellationToken));

            case GuideCommand.ChangeLanguage when innerDc.FindDialog(nameof(LanguageDialog)) is not null:
                return InterruptionResult.Took(await innerDc.BeginDialogAsync(nameof(LanguageDialog), new LanguageOptions(Greeting: false), cancellationToken));

            case GuideCommand.TalkToPerson when innerDc.FindDialog(nameof(HandoffDialog)) is not null:
                await turn.SendActivityAsync(Replies.Text(services.Texts(turn), "handoff.toPerson"), cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return InterruptionResult.Took(await innerDc.BeginDialogAsync(nameof(HandoffDialog), new HandoffOptions(Early: true), cancellationToken));

            case GuideCommand.DeleteData when innerDc.FindDialog(nameof(DeleteDataDialog)) is not null:
                return InterruptionResult.Took(await innerDc.BeginDialogAsync(nameof(DeleteDataDialog), null, cancellationToken));

            case GuideCommand.Cancel:
                await turn.SendActivityAsync(Replies.Text(services.Texts(turn), "help.paused"), cancellationToken);
                return InterruptionResult.Took(Dialog.EndOfTurn);
        }

        // A reply that picks an option of the open question is its answer, even when it also reads like a
        // topic ("in meinem Beruf arbeiten" at the goal question). A real question keeps its question mark.
        if (!HasQuestionMark(text)
            && innerDc.ActiveDialog?.Id == nameof(InterviewDialog)
            && innerDc.FindDialog(nameof(InterviewDialog)) is InterviewDialog interview
            && interview.UnderstandsAsChoice(turn, text))
            return InterruptionResult.None;

        if (await FaqReplies.TryAnswerAsync(turn, services, conversation, text, lang, cancellationToken))
            return InterruptionResult.AnsweredOnly;
        return InterruptionResult.None;
    }

    private static bool HasQuestionMark(string text) => text.IndexOfAny(['?', '؟', '？']) >= 0;

    private static async Task SendHelpAsync(DialogContext innerDc, GuideServices services, GuideConversation conversation, CancellationToken cancellationToken)
    {
        var texts = services.Texts(innerDc.Context);
        if (conversation.CurrentSlot is { } slot && texts.Optional($"interview.{slot}.help") is { } slotHelp)
            await innerDc.Context.SendActivityAsync(Replies.Text(slotHelp), cancellationToken);
        await innerDc.Context.SendActivityAsync(Replies.Text(texts, "help.general"), cancellationToken);
    }
}
