using System.Globalization;
using System.Text.Json;
using IqChatGuide.Guidance;

namespace IqChatGuide.Dialogs.Interview;

/// <summary>
/// Country names to show back to the person (review, summary), in their language, from data/countries.json
/// — the same list the input reader understands. Without the file, .NET's English name is used.
/// </summary>
public sealed class CountryDisplayNames
{
    public const string FileName = "countries.json";
    private readonly Dictionary<(string Code, string Language), string> _names = [];

    public CountryDisplayNames(ContentPaths? paths = null)
    {
        var path = paths is null ? null : Path.Combine(paths.Data, FileName);
        if (path is null || !File.Exists(path)) return;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (!doc.RootElement.TryGetProperty("countries", out var countries)) return;
        foreach (var country in countries.EnumerateArray())
        {
            var code = country.GetProperty("code").GetString()!.ToUpperInvariant();
            if (!country.TryGetProperty("names", out var names)) continue;
            foreach (var language in names.EnumerateObject())
            {
                var first = language.Value.ValueKind == JsonValueKind.Array
                    ? language.Value.EnumerateArray().Select(e => e.GetString()).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
                    : language.Value.GetString();
                if (first is not null) _names[(code, language.Name)] = first;
            }
        }
    }

    public string Name(string iso, string language)
    {
        if (_names.TryGetValue((iso, language), out var name)) return name;
        if (_names.TryGetValue((iso, "en"), out var english)) return english;
        try { return new RegionInfo(iso).EnglishName; }
        catch (ArgumentException) { return iso; }
    }
}
