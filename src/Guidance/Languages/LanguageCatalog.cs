namespace IqChatGuide.Guidance.Languages;

/// <summary>
/// The languages with their own names ("Türkçe", "فارسی", "Srpski / Српски") and writing direction,
/// from locales/&lt;lang&gt;/language.json, in menu order.
/// </summary>
public sealed class LanguageCatalog
{
    private readonly Dictionary<string, LanguageProfile> _byCode;

    public LanguageCatalog(ContentPaths paths)
    {
        Languages = SupportedLanguages.All.Select(code => LanguageProfile.Load(paths.Locales, code)).ToList();
        _byCode = Languages.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<LanguageProfile> Languages { get; }

    /// <summary>The language's name in itself; the code when the language is unknown.</summary>
    public string NameOf(string culture)
    {
        var code = SupportedLanguages.FromCulture(culture);
        return code is not null && _byCode.TryGetValue(code, out var profile) ? profile.Name : culture;
    }
}
