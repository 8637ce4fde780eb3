using System.Text;
using System.Text.RegularExpressions;

namespace IqChatGuide.Guidance.Localization;

/// <summary>
/// Serbian texts are stored in Latin script; a person writing Cyrillic gets them in Cyrillic.
/// German terms, e-mail addresses, web addresses, case references, acronyms and {placeholders}
/// stay Latin because they must match what the person sees on German documents.
/// </summary>
public static partial class SerbianTransliterator
{
    private static readonly Dictionary<string, string> Digraphs = new(StringComparer.Ordinal)
    {
        ["Lj"] = "Љ", ["LJ"] = "Љ", ["lj"] = "љ",
        ["Nj"] = "Њ", ["NJ"] = "Њ", ["nj"] = "њ",
        ["Dž"] = "Џ", ["DŽ"] = "Џ", ["dž"] = "џ",
    };

    private static readonly Dictionary<char, char> Letters = new()
    {
        ['a'] = 'а', ['b'] = 'б', ['c'] = 'ц', ['č'] = 'ч', ['ć'] = 'ћ', ['d'] = 'д', ['đ'] = 'ђ', ['e'] = 'е',
        ['f'] = 'ф', ['g'] = 'г', ['h'] = 'х', ['i'] = 'и', ['j'] = 'ј', ['k'] = 'к', ['l'] = 'л', ['m'] = 'м',
        ['n'] = 'н', ['o'] = 'о', ['p'] = 'п', ['r'] = 'р', ['s'] = 'с', ['š'] = 'ш', ['t'] = 'т', ['u'] = 'у',
        ['v'] = 'в', ['z'] = 'з', ['ž'] = 'ж',
        ['A'] = 'А', ['B'] = 'Б', ['C'] = 'Ц', ['Č'] = 'Ч', ['Ć'] = 'Ћ', ['D'] = 'Д', ['Đ'] = 'Ђ', ['E'] = 'Е',
        ['F'] = 'Ф', ['G'] = 'Г', ['H'] = 'Х', ['I'] = 'И', ['J'] = 'Ј', ['K'] = 'К', ['L'] = 'Л', ['M'] = 'М',
        ['N'] = 'Н', ['O'] = 'О', ['P'] = 'П', ['R'] = 'Р', ['S'] = 'С', ['Š'] = 'Ш', ['T'] = 'Т', ['U'] = 'У',
        ['V'] = 'В', ['Z'] = 'З', ['Ž'] = 'Ж',
    };

    // Segments: {placeholders}, URLs, e-mail addresses, bracketed or quoted groups, and single words.
    [GeneratedRegex(@"\{[^{}]*\}|https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\([^()]*\)|„[^“”""]*[“”""]|«[^«»]*»|""[^""]*""|[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    [GeneratedRegex("[qwxyäöüßQWXYÄÖÜ]|sch|ch|ck|ei|ie|ung|tz|tion", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GermanMarker();

    [GeneratedRegex("au|eu|ai|nn|ff|tt|ss|ll", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeakGermanMarker();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static string ToCyrillic(string latin)
    {
        if (string.IsNullOrEmpty(latin)) return latin;
        var sb = new System.Text.StringBuilder(latin.Length);
        var position = 0;
        var previousKeptLatin = false;
        foreach (Match m in Segment().Matches(latin))
        {
            var gap = latin[position..m.Index];
            sb.Append(gap);
            var segment = m.Value;
            // A name that continues a kept Latin word ("IQ Chat Guide") stays Latin as a whole.
            var continuesName = previousKeptLatin && gap.Length > 0 && gap.All(c => c == ' ') && char.IsUpper(segment[0]);
            var converted = continuesName ? segment : Convert(segment);
            sb.Append(converted);
            previousKeptLatin = converted == segment && segment.Any(char.IsLetter);
            position = m.Index + m.Length;
        }
        sb.Append(latin[position..]);
        return sb.ToString();
    }

    private static string Convert(string segment)
    {
        if (segment.StartsWith('{') || segment.Contains('@') || segment.Contains("://") || segment.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return segment;
        if (segment[0] is '(' or '„' or '«' or '"')
        {
            // "(Arbeiten und Leben in Deutschland)", „Faire Integration”: a German name in brackets or quotes
            // stays Latin as a whole; in a Serbian explanation only the German words do
            // ("(ocena uporedivosti, Zeugnisbewertung)" → "(оцена упоредивости, Zeugnisbewertung)").
            var inner = segment[1..^1];
            var words = Word().Matches(inner).Select(w => w.Value).ToList();
            // Capitalised words look German only next to a word with German spelling: „Srbija” is Serbian.
            var marked = words.Count(w => GermanMarker().IsMatch(w) || WeakGermanMarker().IsMatch(w));
            var german = words.Count(w => GermanMarker().IsMatch(w) || WeakGermanMarker().IsMatch(w) || (char.IsUpper(w[0]) && !w.All(char.IsUpper)));
            if (marked > 0 && german * 2 > words.Count) return segment;
            return segment[0] + ToCyrillic(inner) + segment[^1];
        }
        if (segment.Any(char.IsDigit)) return segment; // IQ-2026-0042
        // "ZAB-u": the acronym stays, the Serbian ending is written in Cyrillic.
        return string.Join('-', segment.Split('-').Select(part => KeepLatin(part) ? part : TransliterateWord(part)));
    }

    private static bool KeepLatin(string word)
    {
        if (word.Any(char.IsDigit)) return true;
        if (word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c))) return true; // IQ, ZAB, EU
        return GermanMarker().IsMatch(word);
    }

    private static string TransliterateWord(string word)
    {
        var sb = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (i + 1 < word.Length && Digraphs.TryGetValue(word.Substring(i, 2), out var digraph))
            {
                sb.Append(digraph);
                i++;
                continue;
            }
            sb.Append(Letters.TryGetValue(word[i], out var cyr) ? cyr : word[i]);
        }
        return sb.ToString();
    }
}
