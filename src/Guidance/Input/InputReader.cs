using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using IqChatGuide.Guidance.Languages;

namespace IqChatGuide.Guidance.Input;

/// <summary>
/// Reads what a person typed. Digits (also Eastern Arabic and Persian), e-mail and phone patterns
/// work in every language; words come from locales/&lt;lang&gt;/choices.json, and Microsoft.Recognizers.Text
/// reads written-out numbers in the languages it knows.
/// </summary>
public sealed partial class InputReader : IInputReader
{
    private readonly ConcurrentDictionary<string, LocaleVocabulary> _vocabularies = new(StringComparer.Ordinal);
    private readonly string _localesRoot;
    private readonly CountryNames _countries;
    private readonly RecognizerNumbers _recognizers;
    private readonly RecognizerDates _dates = new();

    public InputReader(ContentPaths paths)
    {
        _localesRoot = paths.Locales;
        _countries = CountryNames.Load(Path.Combine(paths.Data, "countries.json"));
        _recognizers = new RecognizerNumbers();
    }

    /// <summary>The vocabulary of a language (English for unknown codes).</summary>
    public LocaleVocabulary Vocabulary(string? lang)
    {
        var code = SupportedLanguages.FromCulture(lang) ?? SupportedLanguages.Default;
        return _vocabularies.GetOrAdd(code, c => LocaleVocabulary.Load(Path.Combine(_localesRoot, c, "choices.json"), c));
    }

    // Vocabulary of the person's language first, then English and German: people mix them in.
    private IEnumerable<LocaleVocabulary> Vocabularies(string lang)
    {
        var own = Vocabulary(lang);
        yield return own;
        if (own.Language != "en") yield return Vocabulary("en");
        if (own.Language != "de") yield return Vocabulary("de");
    }

    public bool? ReadYesNo(string text, string lang)
    {
        var folded = TextFold.Fold(text);
        if (folded.Length == 0 || IsUnknown(text, lang)) return null;
        foreach (var vocabulary in Vocabularies(lang))
        {
            var yes = FindSynonym(folded, vocabulary.SynonymsOf("yes"));
            var no = FindSynonym(folded, vocabulary.SynonymsOf("no"));
            if (yes is not null && no is null) return true;
            if (no is not null && yes is null) return false;
            // "ja, aber nein…": the word the answer starts with counts.
            if (yes is not null && no is not null)
            {
                if (StartsWithPhrase(folded, yes) && !StartsWithPhrase(folded, no)) return true;
                if (StartsWithPhrase(folded, no) && !StartsWithPhrase(folded, yes)) return false;
                return null;
            }
        }
        return null;
    }

    public bool IsUnknown(string text, string lang)
    {
        var folded = TextFold.Fold(text);
        return folded.Length > 0 && Vocabularies(lang).Any(v => FindSynonym(folded, v.SynonymsOf("unknown")) is not null);
    }

    public int? ReadNumber(string text, string lang)
    {
        var value = ReadDecimal(text, lang);
        return value is { } v && v == decimal.Truncate(v) && v is >= int.MinValue and <= int.MaxValue ? (int)v : null;
    }

    public int? ReadYear(string text, string lang)
    {
        var digits = TextFold.AsciiDigits(text);
        var thisYear = DateTime.UtcNow.Year;
        foreach (Match m in YearPattern().Matches(digits))
        {
            var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (year >= 1940 && year <= thisYear + 1) return year;
        }
        // "vor drei Jahren" / "three years ago": a year counted back from today.
        var folded = TextFold.Fold(text);
        var vocabulary = Vocabularies(lang).FirstOrDefault(v => v.Units.TryGetValue("ago", out var ago) && ago.Any(a => TextFold.ContainsPhrase(folded, a)));
        if (vocabulary is not null && ReadYears(text, lang) is { } back && back is > 0 and < 80)
            return thisYear - (int)Math.Round(back);
        // "letztes Jahr", "last year": only worth the date recognizer when the answer names years.
        var own = Vocabulary(lang);
        if (own.Units.TryGetValue("year", out var yearWords) && folded.Split(' ').Any(t => yearWords.Any(y => y.Length >= 3 && t.StartsWith(y, StringComparison.Ordinal))))
        {
            var year = _dates.ReadYear(text, own.Language, DateTime.UtcNow);
            if (year >= 1940 && year <= thisYear) return year;
        }
        return null;
    }

    public double? ReadYears(string text, string lang)
    {
        var folded = ReplaceNumberPhrases(TextFold.Fold(text), lang);
        if (folded.Length == 0) return null;
        // "2015 bis 2018", "from 2012 to 2016": the years between two calendar years.
        var calendarYears = YearPattern().Matches(folded).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        if (calendarYears.Count == 2 && calendarYears[1] > calendarYears[0] && calendarYears[1] <= DateTime.UtcNow.Year + 1)
            return calendarYears[1] - calendarYears[0];
        var tokens = Tokens(folded);
        var vocabularies = Vocabularies(lang).ToList();
        decimal total = 0;
        var found = false;
        decimal? pending = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var unit = UnitOf(token, vocabularies);
            if (unit is not null)
            {
                // "ein Jahr" / "a year" / "год": a unit on its own means one of it.
                var amount = pending ?? 1m;
                total += unit == "month" ? amount / 12m : amount;
                found = true;
                pending = null;
                continue;
            }
            if (NumberOf(token, vocabularies) is { } n)
            {
                // "zwanzig drei" style sequences and "drei einhalb": add the parts up.
                pending = pending switch
                {
                    { } p when p >= 20 && n < 10 => p + n,   // "twenty three"
                    { } p when n < 1 && p == 1 => n,         // "ein halbes Jahr": the "ein" is an article
                    { } p when n < 1 && p > 1 => p + n,      // "drei einhalb"
                    { } p when p < 1 && n == 1 => p,         // "half a year", "ein halbes Jahr"
                    _ => n,
                };
                continue;
            }
        }
        if (pending is { } rest)
        {
            if (found) return null; // "3 Jahre 6" is unclear
            total = rest;
            found = true;
        }
        if (!found)
        {
            if (_recognizers.Read(text, Vocabulary(lang).Language) is { } recognised) { total = recognised; found = true; }
        }
        return found && total is >= 0 and <= 80 ? (double)Math.Round(total, 2) : null;
    }

    public string? ReadGermanLevel(string text, string lang)
    {
        var latin = LevelLookalikes(TextFold.AsciiDigits(text));
        var m = LevelPattern().Match(latin);
        if (m.Success) return m.Groups[1].Value.ToUpperInvariant() + m.Groups[2].Value;
        if (IsUnknown(text, lang)) return "unknown";
        var folded = TextFold.Fold(text);
        foreach (var vocabulary in Vocabularies(lang))
        {
            foreach (var level in (string[])["none", "A1", "A2", "B1", "B2", "C1", "C2"])
                if (FindSynonym(folded, vocabulary.SynonymsOf(level), anywhere: true) is not null) return level;
        }
        return null;
    }

    public string? ReadEmail(string text)
    {
        var m = EmailPattern().Match(text.Trim());
        return m.Success ? m.Value.TrimEnd('.').ToLowerInvariant() : null;
    }

    public string? ReadPhone(string text)
    {
        var ascii = TextFold.AsciiDigits(text);
        foreach (Match m in PhonePattern().Matches(ascii))
        {
            var raw = m.Value.Trim();
            var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length is < 6 or > 15) continue;
            var plus = raw.StartsWith('+') ? "+" : raw.StartsWith("00", StringComparison.Ordinal) ? "+" : "";
            if (plus == "+" && raw.StartsWith("00", StringComparison.Ordinal)) digits = digits[2..];
            return plus + digits;
        }
        return null;
    }

    public string? ReadCountry(string text, string lang) => _countries.Find(text, Vocabulary(lang).Language);

    public string? MatchChoice(string text, string lang, IReadOnlyList<ChoiceOption> options)
    {
        if (options.Count == 0) return null;
        var folded = TextFold.Fold(text);
        if (folded.Length == 0) return null;

        // "nie wiem" must not count as "nie" (no): an unknown answer only picks an "unknown" option.
        if (IsUnknown(text, lang))
            return options.FirstOrDefault(o => o.Value == "unknown")?.Value;

        // "2", "٢", "zwei", "2." → the second option. A single option is a word to look for, not a list
        // to count in: "1" there means one (year), not "the first option".
        if (options.Count > 1 && (IndexPattern().IsMatch(folded) || Vocabularies(lang).Any(v => v.Numbers.ContainsKey(folded))))
        {
            var n = ReadNumber(folded, lang);
            if (n is >= 1 && n <= options.Count && !options.Any(o => TextFold.Fold(o.Value) == folded || TextFold.Fold(o.Title) == folded))
                return options[n.Value - 1].Value;
        }

        var exact = options.FirstOrDefault(o => TextFold.Fold(o.Value) == folded || TextFold.Fold(o.Title) == folded);
        if (exact is not null) return exact.Value;

        // Synonyms: whole answer first, then phrases inside a longer answer.
        var vocabularies = Vocabularies(lang).ToList();
        var bySynonym = options
            .Select(o => (o.Value, Match: vocabularies.Select(v => FindSynonym(folded, v.SynonymsOf(o.Value), anywhere: true)).FirstOrDefault(m => m is not null)))
            .Where(x => x.Match is not null)
            .OrderByDescending(x => x.Match == folded)
            .ThenByDescending(x => x.Match!.Length)
            .ToList();
        if (bySynonym.Count == 1 || (bySynonym.Count > 1 && (bySynonym[0].Match == folded || bySynonym[0].Match!.Length > bySynonym[1].Match!.Length)))
            return bySynonym[0].Value;

        // Part of a title ("Berlin" for "Berlin (DE-BE)") or the title inside the answer.
        var partial = options.Where(o =>
        {
            var title = TextFold.Fold(o.Title);
            return title.Length > 0 && (TextFold.ContainsPhrase(folded, title) || (folded.Length >= 3 && TextFold.ContainsPhrase(title, folded)));
        }).ToList();
        return partial.Count == 1 ? partial[0].Value : null;
    }

    public GuideCommand? ReadCommand(string text, string lang)
    {
        var folded = TextFold.Fold(text).TrimStart('/');
        if (folded.Length == 0) return null;
        foreach (var vocabulary in Vocabularies(lang))
        {
            foreach (var (name, phrases) in vocabulary.Commands)
            {
                if (!Enum.TryParse<GuideCommand>(name, ignoreCase: true, out var command)) continue;
                // One-word commands only as the whole message ("zurück"); phrases also inside a short
                // sentence ("can I talk to a person"), but not inside a longer question
                // ("I need help with my nursing diploma" is a question for the FAQ, not a command).
                if (phrases.Any(p => p == folded || (p.Contains(' ') && WordCount(folded) <= WordCount(p) + 3 && TextFold.ContainsPhrase(folded, p)))) return command;
            }
        }
        return null;
    }

    private static int WordCount(string folded) => folded.Count(c => c == ' ') + 1;

    private decimal? ReadDecimal(string text, string lang)
    {
        var ascii = TextFold.AsciiDigits(text).Trim();
        var m = NumberPattern().Match(ascii);
        if (m.Success)
        {
            var raw = m.Value.Replace(',', '.');
            if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return d;
        }
        var folded = ReplaceNumberPhrases(TextFold.Fold(text), lang);
        var vocabularies = Vocabularies(lang).ToList();
        decimal? value = null;
        foreach (var token in Tokens(folded))
        {
            if (NumberOf(token, vocabularies) is not { } n) continue;
            value = value is { } p && p >= 20 && n < 10 ? p + n : value ?? n;
        }
        return value ?? _recognizers.Read(text, Vocabulary(lang).Language);
    }

    /// <summary>"one and a half" → "1.5": number words of several words become digits before reading tokens.</summary>
    private string ReplaceNumberPhrases(string folded, string lang)
    {
        foreach (var vocabulary in Vocabularies(lang))
            foreach (var (phrase, value) in vocabulary.Numbers.Where(n => n.Key.Contains(' ')).OrderByDescending(n => n.Key.Length))
                if (TextFold.ContainsPhrase(folded, phrase))
                    folded = folded.Replace(phrase, value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return folded;
    }

    private static decimal? NumberOf(string token, IReadOnlyList<LocaleVocabulary> vocabularies)
    {
        if (decimal.TryParse(token.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return d;
        foreach (var vocabulary in vocabularies)
            if (vocabulary.Numbers.TryGetValue(token, out var n)) return n;
        return null;
    }

    private static string? UnitOf(string token, IReadOnlyList<LocaleVocabulary> vocabularies)
    {
        foreach (var vocabulary in vocabularies)
            foreach (var unit in (string[])["year", "month"])
                if (vocabulary.Units.TryGetValue(unit, out var stems) && stems.Any(s => token.StartsWith(s, StringComparison.Ordinal) && (s.Length >= 3 || token == s)))
                    return unit;
        return null;
    }

    private static List<string> Tokens(string folded) =>
        TokenPattern().Matches(folded).Select(m => m.Value).ToList();

    /// <summary>
    /// The longest synonym the answer is, starts with, or (for phrases) contains. With
    /// <paramref name="anywhere"/> a single word of three letters or more also counts inside a
    /// longer answer ("ich hab eine Lehre gemacht").
    /// </summary>
    private static string? FindSynonym(string folded, IEnumerable<string> synonyms, bool anywhere = false)
    {
        foreach (var synonym in synonyms) // longest first
        {
            if (synonym == folded) return synonym;
            if (StartsWithPhrase(folded, synonym)) return synonym;
            if ((synonym.Contains(' ') || (anywhere && synonym.Length >= 3)) && TextFold.ContainsPhrase(folded, synonym)) return synonym;
        }
        return null;
    }

    private static bool StartsWithPhrase(string folded, string phrase) =>
        folded.StartsWith(phrase, StringComparison.Ordinal) && (folded.Length == phrase.Length || folded[phrase.Length] == ' ');

    /// <summary>"В1" typed on a Cyrillic keyboard (also "Б1" as Serbian transliterates it), "b 1", "B-1".</summary>
    private static string LevelLookalikes(string text) => text
        .Replace('А', 'A').Replace('а', 'a').Replace('В', 'B').Replace('в', 'b').Replace('С', 'C').Replace('с', 'c')
        .Replace('Б', 'B').Replace('б', 'b').Replace('Ц', 'C').Replace('ц', 'c'); // Serbian Cyrillic: B → Б, C → Ц

    [GeneratedRegex(@"(?<![\p{L}\d])([ABCabc])\s?[-.]?\s?([12])(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex LevelPattern();

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"-?\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\d{1,2}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPattern();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?|\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:\+|00)?\d[\d\s/().-]{4,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
