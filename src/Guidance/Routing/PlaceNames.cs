using System.Globalization;
using System.Text;

namespace IqChatGuide.Guidance.Routing;

/// <summary>Normalizes place names so "Muenchen", "münchen " and "MÜNCHEN" meet.</summary>
internal static class PlaceNames
{
    public static string Normalize(string name)
    {
        var lower = name.Trim().ToLowerInvariant()
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss");
        var builder = new StringBuilder(lower.Length);
        var pendingSpace = false;
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                // Hyphens, dots, brackets and spaces all separate words: "Frankfurt (Oder)" = "frankfurt oder".
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    private static readonly string[] Qualifiers = [" am ", " an ", " a ", " in ", " im ", " i ", " bei ", " b ", " ob ", " vor "];

    /// <summary>
    /// The short name people type for a place with a qualifier: "Frankfurt (Oder)" and "Frankfurt am Main"
    /// both give "frankfurt", so typing "Frankfurt" offers both states instead of picking one.
    /// </summary>
    public static string? ShortName(string name)
    {
        var cut = name.IndexOfAny(['(', ',']);
        var padded = " " + Normalize(cut > 0 ? name[..cut] : name) + " ";
        foreach (var qualifier in Qualifiers)
        {
            var at = padded.IndexOf(qualifier, 1, StringComparison.Ordinal);
            if (at > 0) padded = padded[..at] + " ";
        }
        var shortName = padded.Trim();
        return shortName.Length > 0 && shortName != Normalize(name) ? shortName : null;
    }
}
