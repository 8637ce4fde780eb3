using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace IqChatGuide.Guidance.Input;

/// <summary>
/// Relative years through Microsoft.Recognizers.Text.DateTime ("letztes Jahr", "the year before last",
/// "l'année dernière") for the languages it covers. Building a model takes seconds, so it is built
/// on first use and only asked when the answer talks about years at all.
/// </summary>
internal sealed partial class RecognizerDates
{
    private static readonly Dictionary<string, string> Cultures = new(StringComparer.Ordinal)
    {
        ["en"] = Culture.English,
        ["de"] = Culture.German,
        ["fr"] = Culture.French,
        ["es"] = Culture.Spanish,
        ["tr"] = Culture.Turkish,
    };

    private readonly ConcurrentDictionary<string, Lazy<IModel?>> _models = new(StringComparer.Ordinal);

    public int? ReadYear(string text, string lang, DateTime today)
    {
        if (!Cultures.TryGetValue(lang, out var culture)) return null;
        var model = _models.GetOrAdd(lang, _ => new Lazy<IModel?>(() => Create(culture))).Value;
        if (model is null) return null;
        foreach (var result in ((DateTimeModel)model).Parse(text, today))
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var values) || values is not IEnumerable list) continue;
            foreach (var entry in list)
            {
                if (entry is not IDictionary<string, string> resolution) continue;
                foreach (var field in (string[])["value", "start", "timex"])
                {
                    if (!resolution.TryGetValue(field, out var raw)) continue;
                    var m = Year().Match(raw);
                    if (m.Success) return int.Parse(m.Value, CultureInfo.InvariantCulture);
                }
            }
        }
        return null;
    }

    private static IModel? Create(string culture)
    {
        try { return new DateTimeRecognizer(culture).GetDateTimeModel(); }
        catch (ArgumentException) { return null; }
    }

    [GeneratedRegex(@"^(19|20)\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
