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

    // Segments kept as they are: {placeholders}, URLs, e-mail addresses, tokens mixing letters and
    // digits (references such as IQ-2026-0042, levels such as B1), bracketed text and single words.
    [GeneratedRegex(@"\{[^{}]*\}|https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\([^()]*\)|[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    [GeneratedRegex("[qwxyäöüßQWXYÄÖÜ]|sch|ch|ck|ei|ie|ung|tz", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GermanMarker();

    [GeneratedRegex("au|eu|nn|ff|tt|ss|ll", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeakGermanMarker();

    public static string ToCyrillic(string latin)
    {
        if (string.IsNullOrEmpty(latin)) return latin;
        return Segment().Replace(latin, m => Convert(m.Value));
    }

    private static string Convert(string segment)
    {
        if (segment.StartsWith('{') || segment.Contains('@') || segment.Contains("://") || segment.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return segment;
        if (segment.StartsWith('('))
        {
            var inner = segment[1..^1];
            // "(Anerkennungsverfahren)": the German term the person will find on letters stays Latin.
            var words = inner.Split([' ', ',', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(w => GermanMarker().IsMatch(w) || WeakGermanMarker().IsMatch(w))) return segment;
            return "(" + ToCyrillic(inner) + ")";
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
