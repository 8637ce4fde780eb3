using System.Collections.Concurrent;
using System.Text.Json;
using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Localization;

namespace IqChatGuide.Bot.Widget;

/// <summary>Texts of locales/&lt;lang&gt;/ui.widget.json, used by the page and by the widget channel.</summary>
public static class WidgetTexts
{
    private const string TurnFailedKey = "widget.error.turnFailed";

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Files = new();

    /// <summary>A widget text in a language, through the guide's localizer when it is registered.</summary>
    public static string Get(IServiceProvider services, string language, string key)
    {
        var localized = services.GetService<ILocalizerProvider>()?.ForCulture(language)[key];
        if (localized is { ResourceNotFound: false }) return localized.Value;
        // Before the localizer starts (or without it) read this feature's own file, falling back to English.
        return File(language).TryGetValue(key, out var text) || File(SupportedLanguages.Default).TryGetValue(key, out text)
            ? text
            : key;
    }

    /// <summary>
    /// The language a widget text is really in: the requested one when its ui.widget.json has the key,
    /// else English (the fallback), so the page can mark it for screen readers and the bidi algorithm.
    /// </summary>
    public static string LanguageOf(string language, string key) =>
        File(language).ContainsKey(key) ? language : SupportedLanguages.Default;

    public static string TurnFailed(IServiceProvider services, string? locale) =>
        Get(services, SupportedLanguages.FromCulture(locale) ?? SupportedLanguages.Default, TurnFailedKey);

    private static IReadOnlyDictionary<string, string> File(string language) => Files.GetOrAdd(language, lang =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "locales", lang, "ui.widget.json");
        if (!System.IO.File.Exists(path)) return new Dictionary<string, string>();
        return JsonSerializer.Deserialize<Dictionary<string, string>>(System.IO.File.ReadAllText(path)) ?? [];
    });
}
