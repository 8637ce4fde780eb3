using System.Text;
using System.Text.RegularExpressions;
using IqChatGuide.Guidance.Localization;

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
    private readonly Dictionary<(string Script, char Letter), int> _letterSpread;

    public LanguageDetector(ContentPaths paths)
        : this(SupportedLanguages.All.Select(code => LanguageProfile.Load(paths.Locales, code)).ToList())
    {
    }

    public LanguageDetector(IReadOnlyList<LanguageProfile> profiles)
    {
        // Many people type without diacritics ("cat dureaza", "sta treba"): Latin words count in both forms.
        profiles = profiles.Select(p => p.Script != "Latin" ? p : p with
        {
            Words = p.Words.Concat(p.Words.Select(StripDiacritics)).ToHashSet(StringComparer.Ordinal),
        }).ToList();
        // Serbian is written in both scripts: its Latin word list also serves, transliterated, for Cyrillic.
        _profiles = profiles.Concat(profiles.Where(p => p.CyrillicLetters.Length > 0 && p.Script == "Latin").Select(p => p with
        {
            Script = "Cyrillic",
            Letters = p.CyrillicLetters,
            Words = p.Words.Select(w => NormalizeWord(SerbianTransliterator.ToCyrillic(w))).ToHashSet(StringComparer.Ordinal),
        })).ToList();
        // A word listed for several languages of one script says less than a word only one has.
        _wordSpread = _profiles.SelectMany(p => p.Words.Select(w => (p.Script, w)))
            .GroupBy(x => x.w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Likewise ü (German and Turkish) counts half as much as ğ (Turkish only).
        _letterSpread = _profiles.SelectMany(p => p.Letters.Distinct().Select(l => (p.Script, l)))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
    }

    public IReadOnlyList<LanguageProfile> Profiles => _profiles;

    public DetectedLanguage? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var script = DominantScript(text, out var letterCount);
        if (script is null || letterCount < 2) return null;

        var lower = text.ToLowerInvariant().Normalize(NormalizationForm.FormC);
        var words = WordPattern().Matches(lower).Select(m => NormalizeWord(m.Value)).Where(w => w.Length > 0).ToList();
        var scores = new List<(LanguageProfile Profile, double Score)>();
        foreach (var profile in _profiles.Where(p => p.Script == script))
        {
            double score = 0;
            foreach (var letter in profile.Letters.Distinct())
                if (lower.Contains(letter)) score += LetterWeight / _letterSpread.GetValueOrDefault((script, letter), 1);
            foreach (var word in words)
            {
                var form = profile.Words.Contains(word) ? word : script == "Latin" ? StripDiacritics(word) : null;
                if (form is not null && profile.Words.Contains(form)) score += 1.0 / _wordSpread.GetValueOrDefault(form, 1);
            }
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

    /// <summary>
    /// Lower case; Arabic-script words without vowel marks and with one form of alef, yeh and kaf,
    /// so "انا" and "أنا" are the same word. (The letters themselves still count as signs.)
    /// </summary>
    public static string NormalizeWord(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Trim().ToLowerInvariant())
        {
            switch (c)
            {
                case '\'' or '’': continue;
                case >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or '\u200C': continue; // harakat, tatweel, ZWNJ
                case 'أ' or 'إ' or 'آ' or 'ٱ': sb.Append('ا'); break;
                case 'ي' or 'ى' or 'ی': sb.Append('ی'); break;
                case 'ك' or 'ک': sb.Append('ک'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private static string StripDiacritics(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'ł' => 'l', 'đ' => 'd', 'ı' => 'i', 'ß' => 's', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
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

    [GeneratedRegex(@"[\p{L}\p{M}'’\u200C]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
