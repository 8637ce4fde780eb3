using System.Globalization;
using System.Text;

namespace IqChatGuide.Guidance.Input;

/// <summary>
/// Brings typed text and vocabulary to one comparable form: lower case, no accents or Arabic
/// vowel marks, one form of the letters Arabic and Farsi keyboards type differently, ASCII digits,
/// punctuation as spaces.
/// </summary>
public static class TextFold
{
    /// <summary>Eastern Arabic (٠–٩) and Persian (۰–۹) digits become 0–9; nothing else changes.</summary>
    public static string AsciiDigits(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '\u0660' and <= '\u0669') chars[i] = (char)('0' + (c - '\u0660'));
            else if (c is >= '\u06F0' and <= '\u06F9') chars[i] = (char)('0' + (c - '\u06F0'));
            else if (c == '\u066B') chars[i] = ',';   // Arabic decimal separator
            else if (c == '\u066C') chars[i] = '.';   // Arabic thousands separator
        }
        return new string(chars);
    }

    /// <summary>The comparable form used for synonyms, titles, commands and country names.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = AsciiDigits(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = true;
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue; // accents, harakat, ZWNJ
            var c = raw switch
            {
                'ı' => 'i',
                'ł' => 'l',
                'đ' => 'd',
                '\u0649' or '\u06CC' or '\u064A' => '\u064A', // ى ی ي
                '\u06A9' or '\u0643' => '\u0643',             // ک ك
                '\u0629' => '\u0647',                           // ة → ه
                'ё' => 'е',
                '\u0640' => '\0',                               // tatweel
                _ => raw,
            };
            // Apostrophes vanish rather than split: "п'ять", "j'ai", "Almanya'da" stay one word.
            if (c is '\0' or '\'' or '’' or 'ʼ' or '`' or '´') continue;
            if (c == 'ß') { sb.Append("ss"); lastSpace = false; continue; }
            if (char.IsLetterOrDigit(c) || c is '@' or '+')
            {
                sb.Append(c);
                lastSpace = false;
            }
            else if (c is '.' or ',' or '-' && sb.Length > 0 && char.IsDigit(sb[^1]))
            {
                sb.Append(c); // keep "3,5" and "1815-1111" together
                lastSpace = false;
            }
            else if (!lastSpace)
            {
                sb.Append(' ');
                lastSpace = true;
            }
        }
        return sb.ToString().Trim(' ', '.', ',', '-').Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="folded"/> as whole words.</summary>
    public static bool ContainsPhrase(string folded, string phrase)
    {
        if (phrase.Length == 0 || folded.Length < phrase.Length) return false;
        var start = 0;
        while (true)
        {
            var index = folded.IndexOf(phrase, start, StringComparison.Ordinal);
            if (index < 0) return false;
            var end = index + phrase.Length;
            var leftOk = index == 0 || folded[index - 1] == ' ';
            var rightOk = end == folded.Length || folded[end] == ' ';
            if (leftOk && rightOk) return true;
            start = index + 1;
        }
    }
}
