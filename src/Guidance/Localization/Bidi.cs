using System.Text;

namespace IqChatGuide.Guidance.Localization;

/// <summary>
/// Unicode directional isolates for right-to-left texts. A postal code, phone number, e-mail address,
/// case reference or German term inside Arabic or Farsi text is wrapped in FIRST STRONG ISOLATE …
/// POP DIRECTIONAL ISOLATE, so its characters keep their order and do not drag the neighbouring
/// punctuation to the wrong side.
/// </summary>
public static class Bidi
{
    public const char FirstStrongIsolate = '\u2068';
    public const char LeftToRightIsolate = '\u2066';
    public const char RightToLeftIsolate = '\u2067';
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary>Wraps one fragment, e.g. a value inserted into a right-to-left text.</summary>
    public static string Wrap(string fragment) => $"{FirstStrongIsolate}{fragment}{PopDirectionalIsolate}";

    /// <summary>Wraps every run of Latin letters and digits (with the punctuation inside it) in an isolate.</summary>
    public static string Isolate(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var sb = new StringBuilder(text.Length + 16);
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is FirstStrongIsolate or LeftToRightIsolate or RightToLeftIsolate) depth++;
            else if (c == PopDirectionalIsolate && depth > 0) depth--;

            // A placeholder not filled yet ({phone}, {fact:fee.ihk.min}) must stay intact for whoever fills it.
            if (c == '{' && PlaceholderEnd(text, i) is { } close)
            {
                sb.Append(text, i, close - i + 1);
                i = close + 1;
                continue;
            }

            if (depth == 0 && StartsRun(text, i))
            {
                var end = RunEnd(text, i);
                sb.Append(FirstStrongIsolate).Append(text, i, end - i).Append(PopDirectionalIsolate);
                i = end;
                continue;
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    private static int? PlaceholderEnd(string text, int open)
    {
        for (var j = open + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '}') return j > open + 1 ? j : null;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '_' or '-')) return null;
        }
        return null;
    }

    internal static bool IsLatinLetter(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');

    private static bool IsCore(char c) => IsLatinLetter(c) || c is >= '0' and <= '9';

    private static bool StartsRun(string text, int i)
    {
        var c = text[i];
        if (IsCore(c)) return true;
        // "+49 30 …" keeps its plus sign inside the isolate.
        return c == '+' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
    }

    private static int RunEnd(string text, int start)
    {
        var lastCore = start;
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsCore(c)) { lastCore = i; i++; continue; }
            // Punctuation and single spaces stay inside when Latin text or digits continue after them:
            // "info@iq-netzwerk.de", "+49 30 1815-1111", "Integration durch Qualifizierung".
            if (c is '.' or '-' or '_' or '@' or '/' or ':' or '+' or '#' or '&' or '\'' or ' ' or '\u00A0' or '\u2011'
                && i + 1 < text.Length && (IsCore(text[i + 1]) || (text[i + 1] == ' ' && c != ' ')))
            {
                i++;
                continue;
            }
            break;
        }
        return lastCore + 1;
    }
}
