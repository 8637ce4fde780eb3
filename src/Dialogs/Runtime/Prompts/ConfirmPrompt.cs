using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>
/// Asks a yes/no question with two buttons (values <c>yes</c> and <c>no</c>). Pass a recognizer to understand
/// free answers in the person's language; by default only the values, the titles and "1"/"2" are understood.
/// </summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, Func<ITurnContext, string, bool?>? recognizer = null)
    : Prompt<bool>(dialogId, validator)
{
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>The two options with localized titles.</summary>
    public static List<Choice> YesNo(string yesTitle, string noTitle) => [new Choice(Yes, yesTitle), new Choice(No, noTitle)];

    protected override async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (source is null) return;
        var choices = options.Choices ?? YesNo(Yes, No);
        await turnContext.SendActivityAsync(ChoicePrompt.WithChoices(Copy(source), choices, options.Style), cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim() ?? "";
        var value = ChoicePrompt.Recognize(text, options.Choices ?? YesNo(Yes, No)) switch
        {
            Yes => true,
            No => false,
            _ => recognizer?.Invoke(turnContext, text),
        };
        return Task.FromResult(value is { } v ? PromptRecognizerResult<bool>.Of(v) : PromptRecognizerResult<bool>.Failed());
    }
}
