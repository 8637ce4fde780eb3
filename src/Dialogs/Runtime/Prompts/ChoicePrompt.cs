using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>The option the person picked and where it stands in the list.</summary>
public sealed record FoundChoice(string Value, int Index);

/// <summary>
/// Asks the person to pick one option. Options are shown as buttons (suggested actions whose value is the
/// option's stable value) or as a numbered list for channels without buttons. The default recognizer
/// takes the number, the value, the title or a synonym; pass one to understand more.
/// </summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, Func<ITurnContext, string, IReadOnlyList<Choice>, string?>? recognizer = null)
    : Prompt<FoundChoice>(dialogId, validator)
{
    protected override async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (source is null) return;
        await turnContext.SendActivityAsync(WithChoices(Copy(source), options.Choices ?? [], options.Style), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the options to a question in the given style.</summary>
    public static Activity WithChoices(Activity activity, IReadOnlyList<Choice> choices, ListStyle style)
    {
        if (choices.Count == 0) return activity;
        switch (style)
        {
            case ListStyle.SuggestedAction:
                activity.SuggestedActions = new SuggestedActions
                {
                    Actions = choices.Select(c => new CardAction(ActionTypes.ImBack, c.Title, value: c.Value)).ToList(),
                };
                break;
            case ListStyle.List:
                var lines = choices.Select((c, i) => $"{i + 1}. {c.Title}");
                activity.Text = string.Join("\n", new[] { activity.Text ?? "" }.Concat(lines)).Trim();
                break;
        }
        return activity;
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var text = turnContext.Activity.Text?.Trim() ?? "";
        var value = recognizer is not null ? recognizer(turnContext, text, choices) : Recognize(text, choices);
        var index = value is null ? -1 : choices.FindIndex(c => c.Value == value);
        return Task.FromResult(index >= 0 ? PromptRecognizerResult<FoundChoice>.Of(new FoundChoice(value!, index)) : PromptRecognizerResult<FoundChoice>.Failed());
    }

    /// <summary>Number (1-based), value, title or synonym, ignoring case.</summary>
    public static string? Recognize(string text, IReadOnlyList<Choice> choices)
    {
        if (int.TryParse(text.TrimEnd('.', ')'), out var n) && n >= 1 && n <= choices.Count) return choices[n - 1].Value;
        foreach (var c in choices)
        {
            if (string.Equals(text, c.Value, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, c.Title, StringComparison.CurrentCultureIgnoreCase)
                || c.Synonyms.Any(s => string.Equals(text, s, StringComparison.CurrentCultureIgnoreCase)))
                return c.Value;
        }
        return null;
    }
}
