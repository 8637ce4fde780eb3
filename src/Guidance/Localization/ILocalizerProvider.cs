using Microsoft.Extensions.Localization;

namespace IqChatGuide.Guidance.Localization;

/// <summary>Gives the texts of locales/&lt;lang&gt;/ui.json for one language, with fallback to English.</summary>
public interface ILocalizerProvider
{
    /// <param name="culture">a language code or culture name ("ar", "sr-Cyrl-RS"); unknown → English.</param>
    IStringLocalizer ForCulture(string culture);
}
