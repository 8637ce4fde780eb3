using System.Text;

namespace IqChatGuide.Bot.Channels;

/// <summary>
/// Splits a text that is longer than a channel allows into parts that each fit, preferring breaks
/// between paragraphs, then between lines, then after sentences, then between words; a word longer
/// than the limit is cut (as a last resort).
/// </summary>
public static class LongMessageSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text.Length <= maxLength) return [text];

        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > maxLength)
        {
            var cut = BestCut(rest[..(maxLength + 1)], maxLength);
            var part = rest[..cut].TrimEnd();
            if (part.Length > 0) parts.Add(part.ToString());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0) parts.Add(rest.ToString());
        return parts;
    }

    /// <summary>Where to end the next part: an index ≤ max into window (window holds max+1 chars).</summary>
    private static int BestCut(ReadOnlySpan<char> window, int max)
    {
        // Do not make tiny first parts: a boundary must be in the second half of the window to count.
        var minimum = max / 2;

        var paragraph = window.LastIndexOf("\n\n");
        if (paragraph >= minimum) return paragraph;

        var line = window.LastIndexOf('\n');
        if (line >= minimum) return line;

        var sentence = LastSentenceEnd(window);
        if (sentence >= minimum) return sentence;

        var space = window.LastIndexOfAny(' ', '\t');
        if (space >= minimum) return space;

        // No boundary: cut, but never between the halves of a surrogate pair.
        return char.IsHighSurrogate(window[max - 1]) ? max - 1 : max;
    }

    /// <summary>Index just after the last sentence end (. ! ? and their Arabic/CJK forms) that is followed by space.</summary>
    private static int LastSentenceEnd(ReadOnlySpan<char> window)
    {
        for (var i = window.Length - 2; i >= 0; i--)
        {
            if (window[i] is '.' or '!' or '?' or '؟' or '。' or '…' && char.IsWhiteSpace(window[i + 1]))
                return i + 1;
        }
        return -1;
    }

    /// <summary>Renders choices as numbered lines for channels without buttons ("1. Yes").</summary>
    public static string NumberedChoices(IEnumerable<string> titles)
    {
        var sb = new StringBuilder();
        var n = 1;
        foreach (var title in titles)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(n++).Append(". ").Append(title);
        }
        return sb.ToString();
    }
}
