using System.Globalization;
using System.Numerics;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>
/// Asks for a number. By default digits are read in the culture of the activity's locale (German "3,5" is 3.5);
/// pass a recognizer to understand words ("drei") as well.
/// </summary>
public sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null, Func<string, string?, T?>? recognizer = null)
    : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim() ?? "";
        var locale = turnContext.Activity.Locale;
        var value = recognizer is not null ? recognizer(text, locale) : Parse(text, locale);
        return Task.FromResult(value is { } v ? PromptRecognizerResult<T>.Of(v) : PromptRecognizerResult<T>.Failed());
    }

    private static T? Parse(string text, string? locale)
    {
        var culture = CultureFor(locale);
        return T.TryParse(text, NumberStyles.Number, culture, out var value) ? value : null;
    }

    private static CultureInfo CultureFor(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return CultureInfo.InvariantCulture;
        try { return CultureInfo.GetCultureInfo(locale); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }
}
