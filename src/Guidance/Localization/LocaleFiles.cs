using System.Text.Json;

namespace IqChatGuide.Guidance.Localization;

/// <summary>Reads the text files of one language folder into a flat key space.</summary>
internal static class LocaleFiles
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// Loads locales/&lt;folder&gt;/ui.json and every ui.*.json. Nested objects become dotted keys,
    /// so {"interview": {"year": {"ask": "…"}}} and {"interview.year.ask": "…"} mean the same.
    /// </summary>
    public static Dictionary<string, string> LoadUiTexts(string localesRoot, string folder)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var dir = Path.Combine(localesRoot, folder);
        if (!Directory.Exists(dir)) return texts;

        var files = Directory.GetFiles(dir, "ui*.json")
            .Where(f => Path.GetFileName(f) is var n && (n == "ui.json" || n.StartsWith("ui.", StringComparison.Ordinal)))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file), Options);
            Flatten(doc.RootElement, prefix: null, texts);
        }
        return texts;
    }

    public static JsonDocument? TryLoad(string path)
        => File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path), Options) : null;

    private static void Flatten(JsonElement element, string? prefix, Dictionary<string, string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    // "$comment"-style keys document the file for translators; they are not texts.
                    if (property.Name.StartsWith('$')) continue;
                    Flatten(property.Value, prefix is null ? property.Name : $"{prefix}.{property.Name}", into);
                }
                break;
            case JsonValueKind.String when prefix is not null:
                into[prefix] = element.GetString() ?? "";
                break;
            case JsonValueKind.Array when prefix is not null:
                // A list of lines is one text; translators find short lines easier to keep in step.
                into[prefix] = string.Join("\n", element.EnumerateArray().Select(e => e.ToString()));
                break;
        }
    }
}
