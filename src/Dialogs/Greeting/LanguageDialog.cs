using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Interruptions;
using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Runtime;
using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Languages;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Greeting;

/// <param name="Greeting">true at the start (welcome first), false when the person asked to switch.</param>
public sealed record LanguageOptions(bool Greeting);

/// <summary>
/// The language menu: all twelve languages, each in its own name. A free-text message instead of a pick
/// is read for its language (detection), so "Merhaba, ben hemşireyim" continues in Turkish.
/// </summary>
public sealed class LanguageDialog : GuideDialog
{
    private const string DetectedKey = "guide.detectedCulture";

    private readonly LanguageMenu _menu;

    public LanguageDialog(GuideServices services, LanguageMenu menu) : base(nameof(LanguageDialog), services)
    {
        _menu = menu;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, ChosenStepAsync]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt), recognizer: Recognize));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.Options as LanguageOptions ?? new LanguageOptions(Greeting: true);
        var texts = Services.Texts(step.Context);
        if (options.Greeting) await step.Context.SendActivityAsync(Replies.Text(texts, "greeting.welcome"), cancellationToken);
        var menu = _menu.Options;
        return await step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Replies.Question(step.Context, SlotIds.Language, texts["greeting.chooseLanguage"].Value, []),
            RetryPrompt = Replies.Question(step.Context, SlotIds.Language, texts["greeting.chooseLanguageRetry"].Value, []),
            Choices = menu.Select(o => new Choice(o.Value, o.Title)).ToList(),
            Style = Replies.StyleFor(step.Context),
            MaxAttempts = 3,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ChosenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.Options as LanguageOptions ?? new LanguageOptions(Greeting: true);
        var conversation = GuideStateAccessors.Current(step.Context);
        if (step.Result is FoundChoice choice)
        {
            var detected = step.Context.TurnState.Get<string>(DetectedKey);
            var culture = detected ?? choice.Value;
            await Services.State.SetLanguageAsync(step.Context, culture, detected is null ? "choice" : "detected", cancellationToken);
        }
        else
        {
            // Three answers that named no language: go on in English, which the menu can change any time.
            conversation.Culture ??= SupportedLanguages.Default;
        }
        if (!options.Greeting)
            await step.Context.SendActivityAsync(Replies.Text(Services.Texts(step.Context), "greeting.languageChanged"), cancellationToken);
        return await step.EndDialogAsync(conversation.Culture, cancellationToken);
    }

    private string? Recognize(ITurnContext turn, string text, IReadOnlyList<Choice> choices)
    {
        if (ChoicePrompt.Recognize(text, choices) is { } picked) return picked;
        var options = choices.Select(c => new ChoiceOption(c.Value, c.Title)).ToList();
        if (Services.Reader.MatchChoice(text, GuideStateAccessors.Current(turn).Language, options) is { } matched) return matched;
        // A sentence in some language instead of a pick: take that language.
        if (Services.Detector.Detect(text) is { } detected && SupportedLanguages.IsSupported(detected.Language))
        {
            turn.TurnState[DetectedKey] = detected.Culture;
            return detected.Language;
        }
        return null;
    }
}
