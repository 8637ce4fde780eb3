using System.Text;
using System.Text.RegularExpressions;

namespace IqChatGuide.Guidance.Languages;

/// <summary>
/// Script first (Arabic, Cyrillic, Latin), then letters only one language of that script uses
/// (پ چ ژ گ for Farsi, і ї є ґ for Ukrainian, ђ ј љ њ ћ џ for Serbian, ğ ı for Turkish, …),
/// then short common words from locales/&lt;lang&gt;/language.json. Returns null when nothing tells
/// the languages apart.
/// </summary>
public sealed partial class LanguageDetector : ILanguageDetector
{
    private const double LetterWeight = 2.0;
    private readonly IReadOnlyList<LanguageProfile> _profiles;
    private readonly Dictionary<string, int> _wordSpread;

    public LanguageDetector(ContentPaths paths)
        : this(SupportedLanguages.All.Select(code => LanguageProfile.Load(paths.Locales, code)).ToList())
    {
    }

    public LanguageDetector(IReadOnlyList<LanguageProfile> profiles)
    {
        _profiles = profiles;
        // A word listed for several languages of one script says less than a word only one has.
        _wordSpread = profiles.SelectMany(p => p.Words.Select(w => (p.Script, w)))
            .GroupBy(x => x.w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public IReadOnlyList<LanguageProfile> Profiles => _profiles;

    public DetectedLanguage? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var script = DominantScript(text, out var letterCount);
        if (script is null || letterCount < 2) return null;

        var lower = text.ToLowerInvariant().Normalize(NormalizationForm.FormC);
        var words = WordPattern().Matches(lower).Select(m => m.Value.Trim('\'', '’')).Where(w => w.Length > 0).ToList();
        var scores = new List<(LanguageProfile Profile, double Score)>();
        foreach (var profile in _profiles.Where(p => p.Script == script))
        {
            double score = 0;
            foreach (var letter in profile.Letters.Distinct())
                if (lower.Contains(letter)) score += LetterWeight;
            foreach (var word in words)
                if (profile.Words.Contains(word)) score += 1.0 / _wordSpread.GetValueOrDefault(word, 1);
            scores.Add((profile, score));
        }
        if (scores.Count == 0) return null;
        scores.Sort((a, b) => b.Score.CompareTo(a.Score));

        var best = scores[0];
        var second = scores.Count > 1 ? scores[1].Score : 0;
        if (best.Score <= 0)
        {
            // Arabic-script or Cyrillic text with no telling sign at all: the script's most common
            // language among the people we serve, said with low confidence.
            var fallback = script switch { "Arabic" => "ar", "Cyrillic" => "ru", _ => null };
            return fallback is null || letterCount < 6 ? null : Result(fallback, script, 0.4);
        }
        if (best.Score == second) return null;
        var confidence = Math.Round(best.Score / (best.Score + second), 2);
        return Result(best.Profile.Code, script, confidence);
    }

    private static DetectedLanguage Result(string code, string script, double confidence)
    {
        var culture = code == "sr" && script == "Cyrillic" ? "sr-Cyrl" : code;
        return new DetectedLanguage(code, culture, confidence);
    }

    private static string? DominantScript(string text, out int letters)
    {
        int latin = 0, cyrillic = 0, arabic = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (c is >= '\u0400' and <= '\u052F') cyrillic++;
            else if (c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF')) arabic++;
            else if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF') latin++;
        }
        // Arabic and Cyrillic messages often carry a German term in Latin letters; the other script still decides.
        if (arabic > 0 && arabic >= cyrillic && arabic * 3 >= latin) { letters = arabic; return "Arabic"; }
        if (cyrillic > 0 && cyrillic * 3 >= latin) { letters = cyrillic; return "Cyrillic"; }
        letters = latin;
        return latin > 0 ? "Latin" : null;
    }

    [GeneratedRegex(@"[\p{L}\p{M}'’]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
