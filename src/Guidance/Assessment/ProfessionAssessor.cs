using System.Globalization;
using System.Text;
using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Guidance.Assessment;

/// <summary>
/// A first orientation for the counsellor: which German reference occupation the qualification probably
/// matches, whether that profession is regulated, and which kind of authority usually decides. Matches the
/// name as the person wrote it, in any of the supported languages; never a decision.
/// </summary>
public sealed class ProfessionAssessor
{
    private readonly ProfessionCatalog _catalog;
    private readonly List<(string Name, Profession Profession, bool Anywhere)> _names;

    public ProfessionAssessor(ProfessionCatalog catalog)
    {
        _catalog = catalog;
        _names = [];
        foreach (var profession in catalog.Professions)
        {
            foreach (var (language, names) in profession.Names)
            {
                foreach (var name in names)
                {
                    var normalized = Normalize(name);
                    if (normalized.Length == 0) continue;
                    // German compounds put the profession at the end ("Kinderkrankenschwester"); Arabic and Farsi
                    // attach articles and conjunctions ("التمريض"). There a name may match inside a word.
                    var anywhere = language is "ar" or "fa" || (language == "de" && normalized.Length >= 5);
                    _names.Add((normalized, profession, anywhere));
                }
            }
        }
        // Longest name first, so of two names starting at the same place the longer wins ("Zahnarzt" over "Arzt").
        _names.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
    }

    /// <summary>
    /// The profession the name matches, or null. The name that starts first wins, then the longest:
    /// in "инженер-строитель" (civil engineer) the head noun comes first, and "nursery teacher" beats "nurse".
    /// </summary>
    public Profession? Match(string? qualificationName)
    {
        if (string.IsNullOrWhiteSpace(qualificationName)) return null;
        var text = " " + Normalize(qualificationName) + " ";
        Profession? best = null;
        int bestAt = int.MaxValue, bestLength = 0;
        foreach (var (name, profession, anywhere) in _names)
        {
            if (name.Length < bestLength && bestAt == 1) break; // sorted by length: nothing better can follow
            var at = text.IndexOf(name, StringComparison.Ordinal);
            while (at >= 0 && !anywhere && text[at - 1] != ' ')
                at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
            if (at < 0) continue;
            if (at < bestAt || (at == bestAt && name.Length > bestLength))
            {
                best = profession;
                bestAt = at;
                bestLength = name.Length;
            }
        }
        return best;
    }

    /// <param name="qualificationName">as the person wrote it.</param>
    /// <param name="qualificationType">vocational | academic | master | other, or null.</param>
    public PreliminaryAssessment Assess(string? qualificationName, string? qualificationType)
    {
        if (Match(qualificationName) is { } profession)
        {
            return new PreliminaryAssessment(profession.ReferenceOccupation, profession.Regulated,
                _catalog.Authorities[profession.AuthorityKey])
            {
                ProfessionId = profession.Id,
                AuthorityKey = profession.AuthorityKey,
            };
        }
        // Nothing matched: the type alone says little about regulation, but it does suggest where to ask.
        var byType = qualificationType is not null ? _catalog.ByType.GetValueOrDefault(qualificationType) : null;
        var key = byType?.AuthorityKey;
        return new PreliminaryAssessment(null, byType?.Regulated, key is null ? null : _catalog.Authorities[key])
        {
            AuthorityKey = key,
        };
    }

    /// <summary>True when the topic rule "university degree, non-regulated profession → ZAB statement" applies.</summary>
    public static bool IsAcademicNonRegulated(PreliminaryAssessment? assessment, string? qualificationType) =>
        qualificationType == "academic" && assessment?.Regulated == false;

    internal static string Normalize(string text)
    {
        var lower = text.ToLowerInvariant()
            .Replace('\u200c', ' ')           // Farsi zero-width non-joiner inside words
            .Replace('ي', 'ی').Replace('ى', 'ی').Replace('ك', 'ک')
            .Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا')
            .Replace("ß", "ss");
        var builder = new StringBuilder(lower.Length);
        var space = false;
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue; // diacritics, Arabic short vowels
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                space = false;
                builder.Append(c);
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
