using System.Globalization;
using System.Text.Json;
using IqChatGuide.Guidance.Localization;

namespace IqChatGuide.Guidance.Input;

/// <summary>
/// Words a person may type in one language, from locales/&lt;lang&gt;/choices.json: synonyms of
/// choice values (yes, no, unknown, skip, none, vocational, …), command words, number words and
/// the words for years and months. All entries are stored folded (<see cref="TextFold"/>).
/// </summary>
public sealed class LocaleVocabulary
{
    public static readonly LocaleVocabulary Empty = new("", new(), new(), new(), new(), new());

    private LocaleVocabulary(
        string language,
        Dictionary<string, string[]> values,
        Dictionary<string, string[]> commands,
        Dictionary<string, decimal> numbers,
        Dictionary<string, string[]> units,
        Dictionary<string, string[]> extras)
    {
        Language = language;
        Values = values;
        Commands = commands;
        Numbers = numbers;
        Units = units;
        Extras = extras;
    }

    public string Language { get; }

    /// <summary>Choice value → folded synonyms ("yes" → ["ja", "jo", "klar"]).</summary>
    public IReadOnlyDictionary<string, string[]> Values { get; }

    /// <summary>Command name (help, back, restart, changeLanguage, talkToPerson, deleteData, cancel) → folded phrases.</summary>
    public IReadOnlyDictionary<string, string[]> Commands { get; }

    /// <summary>Folded number word → value ("drei" → 3, "anderthalb" → 1.5).</summary>
    public IReadOnlyDictionary<string, decimal> Numbers { get; }

    /// <summary>"year" / "month" / "ago" → folded word stems.</summary>
    public IReadOnlyDictionary<string, string[]> Units { get; }

    /// <summary>Any further lists of the file (kept so new word lists need no code change).</summary>
    public IReadOnlyDictionary<string, string[]> Extras { get; }

    public IEnumerable<string> SynonymsOf(string value) =>
        Values.TryGetValue(value, out var words) ? words : [];

    public static LocaleVocabulary Load(string path, string language)
    {
        if (!File.Exists(path)) return Empty;
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        var values = ReadLists(root, "values", language);
        var commands = ReadLists(root, "commands", language);
        var units = ReadLists(root, "units", language);
        var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (root.TryGetProperty("numbers", out var numberElement) && numberElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in numberElement.EnumerateObject())
            {
                if (!decimal.TryParse(entry.Name, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) continue;
                foreach (var word in WithScripts(Strings(entry.Value), language)) numbers.TryAdd(TextFold.Fold(word), value);
            }
        }
        var extras = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is "values" or "commands" or "numbers" or "units" || property.Value.ValueKind != JsonValueKind.Array) continue;
            extras[property.Name] = Strings(property.Value).Select(TextFold.Fold).Where(w => w.Length > 0).ToArray();
        }
        return new LocaleVocabulary(language, values, commands, numbers, units, extras);
    }

    /// <summary>Serbian lists are written in Latin script; people also type Cyrillic, so both forms count.</summary>
    private static IEnumerable<string> WithScripts(IEnumerable<string> words, string language) =>
        language == "sr" ? words.SelectMany(w => new[] { w, SerbianTransliterator.ToCyrillic(w) }) : words;

    private static Dictionary<string, string[]> ReadLists(JsonElement root, string name, string language)
    {
        var lists = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Object) return lists;
        foreach (var entry in element.EnumerateObject())
        {
            lists[entry.Name] = WithScripts(Strings(entry.Value), language).Select(TextFold.Fold).Where(w => w.Length > 0)
                .Distinct().OrderByDescending(w => w.Length).ToArray();
        }
        return lists;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };
}
