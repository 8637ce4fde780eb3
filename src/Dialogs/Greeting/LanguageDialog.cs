using System.Globalization;
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

    public LanguageDialog(GuideServices services) : base(nameof(LanguageDialog), services)
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, ChosenStepAsync]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt), recognizer: Recognize));
        InitialDialogId = nameof(WaterfallDialog);
    }

    /// <summary>Each language in its own name: the <c>language.name</c> text of that language, else .NET's native name.</summary>
    public static IReadOnlyList<ChoiceOption> Menu(GuideServices services) =>
        SupportedLanguages.All.Select(code => new ChoiceOption(code, OwnName(services, code))).ToList();

    private static string OwnName(GuideServices services, string code)
    {
        var texts = services.Localizers.ForCulture(code);
        var name = texts["language.name"];
        if (!name.ResourceNotFound && texts.Optional("language.name") is { } own && IsOwn(services, code, own)) return own;
        var native = CultureInfo.GetCultureInfo(code).NativeName;
        return native.Length > 0 ? char.ToUpper(native[0], CultureInfo.GetCultureInfo(code)) + native[1..] : code;
    }

    // An English fallback text is not the language's own name.
    private static bool IsOwn(GuideServices services, string code, string name) =>
        code == SupportedLanguages.Default || name != services.Localizers.ForCulture(SupportedLanguages.Default).Optional("language.name");

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.Options as LanguageOptions ?? new LanguageOptions(Greeting: true);
        var texts = Services.Texts(step.Context);
        if (options.Greeting) await step.Context.SendActivityAsync(Replies.Text(texts, "greeting.welcome"), cancellationToken);
        var menu = Menu(Services);
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
