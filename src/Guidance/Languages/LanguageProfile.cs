using System.Text.Json;

namespace IqChatGuide.Guidance.Languages;

/// <summary>What locales/&lt;lang&gt;/language.json says about a language: its own name, direction, script and telling words and letters.</summary>
public sealed record LanguageProfile(
    string Code,
    string Name,
    string Direction,
    string Script,
    IReadOnlySet<string> Words,
    string Letters,
    string CyrillicLetters = "")
{
    public bool IsRightToLeft => Direction == "rtl";

    public static LanguageProfile Load(string localesRoot, string code)
    {
        var path = Path.Combine(localesRoot, code, "language.json");
        if (!File.Exists(path)) return new LanguageProfile(code, code, SupportedLanguages.IsRightToLeft(code) ? "rtl" : "ltr", "Latin", new HashSet<string>(), "");
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        string Text(string name, string fallback) =>
            root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() ?? fallback : fallback;
        var words = root.TryGetProperty("words", out var w) && w.ValueKind == JsonValueKind.Array
            ? w.EnumerateArray().Select(e => LanguageDetector.NormalizeWord(e.GetString() ?? "")).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        return new LanguageProfile(
            code,
            Text("name", code),
            Text("direction", "ltr"),
            Text("script", "Latin"),
            words,
            Text("letters", ""),
            Text("cyrillicLetters", ""));
    }
}
