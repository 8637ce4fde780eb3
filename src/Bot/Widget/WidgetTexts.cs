using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Localization;

namespace IqChatGuide.Bot.Widget;

/// <summary>Texts of locales/&lt;lang&gt;/ui.widget.json, used by the page and by the widget channel.</summary>
public static class WidgetTexts
{
    /// <summary>Keys the page needs; they are sent to the browser for the chosen language.</summary>
    public static readonly IReadOnlyList<string> PageKeys =
    [
        "widget.page.title", "widget.page.heading", "widget.page.intro", "widget.page.language",
        "widget.page.chatLabel", "widget.page.loading", "widget.page.unavailable", "widget.page.privacy",
    ];

    private const string TurnFailedKey = "widget.error.turnFailed";
    private const string TurnFailedFallback = "Sorry, something went wrong on our side. Please send your message again.";

    public static string TurnFailed(IServiceProvider services, string? locale)
    {
        var localizer = services.GetService<ILocalizerProvider>()?.ForCulture(SupportedLanguages.FromCulture(locale) ?? SupportedLanguages.Default);
        var text = localizer?[TurnFailedKey];
        return text is null || text.ResourceNotFound ? TurnFailedFallback : text.Value;
    }
}
