using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using IqChatGuide.Guidance.Languages;
using Microsoft.Extensions.Localization;

namespace IqChatGuide.Guidance.Localization;

/// <summary>One level of the fallback chain: the texts of one locale folder.</summary>
internal sealed record LocaleLevel(string Folder, string Language, IReadOnlyDictionary<string, string> Texts, bool IsLatinSerbian);

/// <summary>
/// Texts of one culture with fallback (exact → neutral → English). Placeholders are named
/// ({postalCode}, {count}); values come as ("name", value) tuples, a dictionary, or positionally.
/// A key with ".one"/".few"/".many"/".other" variants is chosen by the CLDR plural rule of {count}.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    private readonly IReadOnlyList<LocaleLevel> _chain;
    private readonly CultureInfo _formatCulture;
    private readonly bool _toCyrillic;
    private readonly bool _rightToLeft;

    internal JsonStringLocalizer(string culture, IReadOnlyList<LocaleLevel> chain)
    {
        Culture = culture;
        _chain = chain;
        Language = SupportedLanguages.FromCulture(culture) ?? SupportedLanguages.Default;
        _formatCulture = TryCulture(culture) ?? TryCulture(Language) ?? CultureInfo.InvariantCulture;
        _toCyrillic = Language == "sr" && culture.Contains("Cyrl", StringComparison.OrdinalIgnoreCase);
        _rightToLeft = SupportedLanguages.IsRightToLeft(Language);
    }

    /// <summary>The culture asked for ("sr-Cyrl").</summary>
    public string Culture { get; }

    /// <summary>The supported language the texts are in ("sr"); English for unknown cultures.</summary>
    public string Language { get; }

    public LocalizedString this[string name] => Localize(name, []);

    public LocalizedString this[string name, params object[] arguments] => Localize(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var levels = includeParentCultures ? _chain : _chain.Take(1);
        foreach (var level in levels)
            foreach (var key in level.Texts.Keys)
                if (seen.Add(key))
                    yield return this[key];
    }

    private LocalizedString Localize(string name, object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (named, positional) = SplitArguments(arguments);

        decimal? count = null;
        if (named.TryGetValue("count", out var countValue) && PluralRules.TryGetCount(countValue, out var c)) count = c;

        foreach (var level in _chain)
        {
            var template = Find(level, name, count);
            if (template is null) continue;
            var text = Render(template, level, named, positional);
            return new LocalizedString(name, text, resourceNotFound: false, searchedLocation: level.Folder);
        }
        return new LocalizedString(name, name, resourceNotFound: true, searchedLocation: string.Join(" → ", _chain.Select(l => l.Folder)));
    }

    private static string? Find(LocaleLevel level, string name, decimal? count)
    {
        if (count is { } n)
        {
            var category = PluralRules.Select(level.Language, n);
            if (level.Texts.TryGetValue($"{name}.{category}", out var variant)) return variant;
            if (level.Texts.TryGetValue($"{name}.other", out var other)) return other;
        }
        if (level.Texts.TryGetValue(name, out var text)) return text;
        // A key that only exists as plural variants still answers without a count.
        return level.Texts.TryGetValue($"{name}.other", out var fallback) ? fallback : null;
    }

    private string Render(string template, LocaleLevel level, Dictionary<string, object?> named, List<object?> positional)
    {
        if (_toCyrillic && level.IsLatinSerbian) template = SerbianTransliterator.ToCyrillic(template);
        var text = Fill(template, named, positional);
        return _rightToLeft ? Bidi.Isolate(text) : text;
    }

    private string Fill(string template, Dictionary<string, object?> named, List<object?> positional)
    {
        if (template.IndexOf('{') < 0 && template.IndexOf('}') < 0) return template;
        var sb = new StringBuilder(template.Length + 32);
        var order = 0;
        var i = 0;
        while (i < template.Length)
        {
            var ch = template[i];
            if (ch == '{' && i + 1 < template.Length && template[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
            if (ch == '}' && i + 1 < template.Length && template[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
            if (ch == '{')
            {
                var close = template.IndexOf('}', i + 1);
                if (close > i)
                {
                    var token = template[(i + 1)..close];
                    if (TryResolve(token, named, positional, ref order, out var value))
                    {
                        sb.Append(FormatValue(value));
                        i = close + 1;
                        continue;
                    }
                    // Unknown placeholders ({fact:…} for the FAQ engine) stay for a later step.
                    sb.Append(template, i, close - i + 1);
                    i = close + 1;
                    continue;
                }
            }
            sb.Append(ch);
            i++;
        }
        return sb.ToString();
    }

    private static bool TryResolve(string token, Dictionary<string, object?> named, List<object?> positional, ref int order, out object? value)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            value = index < positional.Count ? positional[index] : null;
            return index < positional.Count;
        }
        if (named.TryGetValue(token, out value)) return true;
        // Without named values, positional ones fill the named placeholders in reading order.
        if (named.Count == 0 && order < positional.Count && !token.Contains(':'))
        {
            value = positional[order++];
            return true;
        }
        return false;
    }

    private string FormatValue(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, _formatCulture),
        _ => value.ToString() ?? "",
    };

    private static (Dictionary<string, object?> Named, List<object?> Positional) SplitArguments(object?[] arguments)
    {
        var named = new Dictionary<string, object?>(StringComparer.Ordinal);
        var positional = new List<object?>();
        foreach (var argument in arguments)
        {
            switch (argument)
            {
                case ITuple { Length: 2 } tuple when tuple[0] is string key:
                    named[key] = tuple[1];
                    break;
                case KeyValuePair<string, object?> pair:
                    named[pair.Key] = pair.Value;
                    break;
                case IEnumerable<KeyValuePair<string, object?>> pairs:
                    foreach (var (key, value) in pairs) named[key] = value;
                    break;
                case IEnumerable<(string Name, object? Value)> tuples:
                    // A (name, value) array handed on as one argument: params object[] does not unpack it.
                    foreach (var (key, value) in tuples) named[key] = value;
                    break;
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                        if (entry.Key is string key) named[key] = entry.Value;
                    break;
                default:
                    positional.Add(argument);
                    break;
            }
        }
        return (named, positional);
    }

    private static CultureInfo? TryCulture(string name)
    {
        try { return CultureInfo.GetCultureInfo(name); }
        catch (CultureNotFoundException) { return null; }
    }
}
