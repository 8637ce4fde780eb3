using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Runtime;

namespace IqChatGuide.Dialogs.Interruptions;

/// <summary>
/// The base of the guide's dialogs, like CoreBot's CancelAndHelpDialog: before the inner dialogs see a
/// message, it is checked for commands (help, back, restart, change language, talk to a person, delete
/// my data) and for recognition questions. Only the outermost guide dialog of a turn checks, so a
/// message is never handled twice.
/// </summary>
public abstract class GuideDialog(string dialogId, GuideServices services) : ComponentDialog(dialogId)
{
    private const string CheckedKey = "guide.interruptionsChecked";
    private const string AnsweredKey = "guide.interruptionAnswered";

    /// <summary>True when this turn's message was a command or question already answered (nothing more needs saying).</summary>
    protected static bool AnsweredThisTurn(Microsoft.Bot.Builder.ITurnContext turnContext) => turnContext.TurnState.ContainsKey(AnsweredKey);

    protected GuideServices Services { get; } = services;

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        await Services.State.LoadAsync(innerDc.Context, cancellationToken);
        // A conversation that starts with a message (no greeting event first) may start with a question or a command.
        if (innerDc.Context.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message && FirstCheck(innerDc))
        {
            var interruption = await GuideInterruptions.HandleAsync(innerDc, Services, cancellationToken);
            if (interruption.TookOver is { } result) return result;
            if (interruption.Answered) innerDc.Context.TurnState[AnsweredKey] = true;
        }
        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await Services.State.LoadAsync(innerDc.Context, cancellationToken);
        if (FirstCheck(innerDc))
        {
            var interruption = await GuideInterruptions.HandleAsync(innerDc, Services, cancellationToken);
            if (interruption.TookOver is { } result) return result;
            if (interruption.Answered && innerDc.ActiveDialog?.Id == nameof(Greeting.LanguageDialog)
                && GuideStateAccessors.Current(innerDc.Context).Culture is { } culture)
            {
                // A question typed instead of picking a language told us the language: the menu is answered too.
                return await innerDc.EndDialogAsync(culture, cancellationToken);
            }
            if (interruption.Answered)
            {
                // The question that was open is asked again, so the person knows where they are.
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            }
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private static bool FirstCheck(DialogContext innerDc)
    {
        var turnState = innerDc.Context.TurnState;
        if (turnState.ContainsKey(CheckedKey)) return false;
        turnState[CheckedKey] = true;
        return true;
    }
}
