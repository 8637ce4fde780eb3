using System.Text.Json;

namespace IqChatGuide.Guidance.Input;

/// <summary>
/// Country names in the guide's languages from data/countries.json
/// (<c>{"countries": [{"code": "SY", "names": {"de": ["Syrien"], "ar": ["سوريا"]}}]}</c>).
/// </summary>
internal sealed class CountryNames
{
    private readonly List<(string Code, string Language, string Name)> _names;

    private CountryNames(List<(string, string, string)> names) =>
        _names = names.OrderByDescending(n => n.Item3.Length).ToList();

    public static CountryNames Load(string path)
    {
        var names = new List<(string, string, string)>();
        if (!File.Exists(path)) return new CountryNames(names);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (!doc.RootElement.TryGetProperty("countries", out var countries)) return new CountryNames(names);
        foreach (var country in countries.EnumerateArray())
        {
            var code = country.GetProperty("code").GetString()!.ToUpperInvariant();
            if (!country.TryGetProperty("names", out var perLanguage)) continue;
            foreach (var language in perLanguage.EnumerateObject())
            {
                var list = language.Value.ValueKind == JsonValueKind.Array
                    ? language.Value.EnumerateArray().Select(e => e.GetString() ?? "")
                    : [language.Value.GetString() ?? ""];
                foreach (var name in list)
                {
                    var folded = TextFold.Fold(name);
                    if (folded.Length > 0) names.Add((code, language.Name, folded));
                }
            }
        }
        return new CountryNames(names);
    }

    /// <summary>The code of the country the text names: the person's language first, then any other.</summary>
    public string? Find(string text, string language)
    {
        var folded = TextFold.Fold(text);
        if (folded.Length == 0) return null;
        // An ISO code only when typed as one ("SY"); "no" or "in" in lower case are words, not Norway or India.
        var trimmed = text.Trim();
        if (trimmed.Length == 2 && trimmed.All(char.IsAsciiLetterUpper) && _names.Any(n => n.Code == trimmed)) return trimmed;

        foreach (var pass in (bool[])[true, false])
        {
            // Longest names first, so "Bosnien und Herzegowina" wins over a shorter name inside it.
            var hit = _names.FirstOrDefault(n => (n.Language == language) == pass && (n.Name == folded || TextFold.ContainsPhrase(folded, n.Name) || StemMatch(folded, n.Name)));
            if (hit.Code is not null) return hit.Code;
        }
        return null;
    }

    // Inflected forms: "из Сирии", "z Polski", "Suriye'den" start with most of the name.
    private static bool StemMatch(string folded, string name)
    {
        if (name.Length < 5 || name.Contains(' ')) return false;
        var stem = name[..^2];
        return folded.Split(' ').Any(t => t.Length >= stem.Length && t.Length <= name.Length + 4 && t.StartsWith(stem, StringComparison.Ordinal));
    }
}
