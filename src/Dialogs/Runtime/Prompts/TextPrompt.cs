using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>Asks for any text; empty messages are not an answer.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text) ? PromptRecognizerResult<string>.Failed() : PromptRecognizerResult<string>.Of(text));
    }
}
