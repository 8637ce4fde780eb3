using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace IqChatGuide.Guidance.Input;

/// <summary>
/// Written-out numbers through Microsoft.Recognizers.Text for the languages it covers
/// ("dreiundzwanzig", "twenty-three", "vingt-trois", "veintitrés", "yirmi üç", "ثلاثة عشر").
/// Models are built on first use per language: building one takes a moment.
/// </summary>
internal sealed class RecognizerNumbers
{
    // Cultures of Microsoft.Recognizers.Text.Number 1.8.13 that match the guide's languages.
    private static readonly Dictionary<string, string> Cultures = new(StringComparer.Ordinal)
    {
        ["en"] = Culture.English,
        ["de"] = Culture.German,
        ["fr"] = Culture.French,
        ["es"] = Culture.Spanish,
        ["tr"] = Culture.Turkish,
        ["ar"] = Culture.Arabic,
    };

    private readonly ConcurrentDictionary<string, Lazy<IModel?>> _models = new(StringComparer.Ordinal);

    public static bool Supports(string lang) => Cultures.ContainsKey(lang);

    public decimal? Read(string text, string lang)
    {
        if (!Cultures.TryGetValue(lang, out var culture) || string.IsNullOrWhiteSpace(text)) return null;
        var model = _models.GetOrAdd(lang, _ => new Lazy<IModel?>(() => Create(culture))).Value;
        if (model is null) return null;
        foreach (var result in model.Parse(text))
        {
            if (result.Resolution is not null && result.Resolution.TryGetValue("value", out var value)
                && decimal.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                return number;
        }
        return null;
    }

    private static IModel? Create(string culture)
    {
        try { return new NumberRecognizer(culture).GetNumberModel(); }
        catch (ArgumentException) { return null; }
    }
}
