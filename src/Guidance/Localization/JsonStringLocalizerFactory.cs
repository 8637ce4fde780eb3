using System.Collections.Concurrent;
using IqChatGuide.Guidance.Languages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IqChatGuide.Guidance.Localization;

/// <summary>
/// Localizers over locales/&lt;lang&gt;/ui.json + ui.*.json. Files are read once; localizers are cached
/// per culture and are safe to share.
/// </summary>
public sealed class JsonStringLocalizerFactory : ILocalizerProvider
{
    private readonly string _localesRoot;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _folders = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, JsonStringLocalizer> _localizers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _reportedUnknown = new(StringComparer.OrdinalIgnoreCase);

    public JsonStringLocalizerFactory(ContentPaths paths, ILogger<JsonStringLocalizerFactory>? logger = null)
    {
        _localesRoot = paths.Locales;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public IStringLocalizer ForCulture(string culture) => Get(culture);

    /// <summary>The same as <see cref="ForCulture"/> with the concrete type (for Language/Culture).</summary>
    public JsonStringLocalizer Get(string? culture)
    {
        var name = string.IsNullOrWhiteSpace(culture) ? SupportedLanguages.Default : culture.Trim().Replace('_', '-');
        return _localizers.GetOrAdd(name, Create);
    }

    private JsonStringLocalizer Create(string culture)
    {
        var language = SupportedLanguages.FromCulture(culture);
        if (language is null && _reportedUnknown.TryAdd(culture, true))
            _logger.LogInformation("Culture {Culture} is not one of the guide's languages; texts come in English", culture);

        var chain = new List<LocaleLevel>();
        if (language is not null)
        {
            // "sr-Cyrl-RS" → "sr-Cyrl" → "sr": the most specific folder that exists wins per key.
            var parts = culture.Split('-');
            for (var length = parts.Length; length >= 1; length--)
            {
                var folder = length == 1 ? language : string.Join('-', parts.Take(length));
                AddLevel(chain, folder, language);
            }
        }
        AddLevel(chain, SupportedLanguages.Default, SupportedLanguages.Default);
        return new JsonStringLocalizer(culture, chain);
    }

    private void AddLevel(List<LocaleLevel> chain, string folder, string language)
    {
        if (chain.Any(l => string.Equals(l.Folder, folder, StringComparison.OrdinalIgnoreCase))) return;
        var texts = _folders.GetOrAdd(folder, f => LocaleFiles.LoadUiTexts(_localesRoot, f));
        if (texts.Count == 0 && !string.Equals(folder, SupportedLanguages.Default, StringComparison.OrdinalIgnoreCase)) return;
        var latinSerbian = language == "sr" && !folder.Contains("Cyrl", StringComparison.OrdinalIgnoreCase);
        chain.Add(new LocaleLevel(folder, language, texts, latinSerbian));
    }
}
