using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>Decides whether a recognized answer is acceptable. A validator may send its own message (then no retry prompt is added).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    public ITurnContext Context { get; } = context;
    public PromptRecognizerResult<T> Recognized { get; } = recognized;
    public PromptOptions Options { get; } = options;
    /// <summary>How many answers were given to this prompt, this one included.</summary>
    public int AttemptCount { get; } = attemptCount;
}
