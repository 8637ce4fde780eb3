using System.Text.Json;
using IqChatGuide.Guidance.Assessment;
using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Faq;

/// <summary>One topic in one language, as written in locales/&lt;lang&gt;/faq.json (facts not yet filled in).</summary>
public sealed record FaqEntry(string Topic, string Lang, string Title, string Answer, IReadOnlyList<string> Questions);

/// <summary>All FAQ texts found under locales/, plus the examples of questions that are not ours.</summary>
public sealed class FaqContent
{
    public FaqContent(IReadOnlyDictionary<string, IReadOnlyDictionary<string, FaqEntry>> byLanguage,
        IReadOnlyDictionary<string, IReadOnlyList<string>> outOfScope,
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>>? synonyms = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? situationNames = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? placeNames = null)
    {
        ByLanguage = byLanguage;
        OutOfScope = outOfScope;
        Synonyms = synonyms ?? new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>();
        SituationNames = situationNames ?? new Dictionary<string, IReadOnlyList<string>>();
        PlaceNames = placeNames ?? new Dictionary<string, IReadOnlyList<string>>();
    }

    /// <summary>The countries and German states among <see cref="SituationNames"/>: a name of several words ("Lower
    /// Saxony") is a place as a whole, while a profession of several words ("mechanical engineer") still says what the
    /// question is about.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PlaceNames { get; }

    /// <summary>language → names of countries, German states and professions ("aus Syrien", "ich bin Mechatronikerin"):
    /// words that tell the person's situation, not what they ask. "" holds names used in every language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SituationNames { get; }

    /// <summary>language → groups of words people use for the same thing ("fee", "price", "cost"), from the "synonyms" list of faq.json.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Synonyms { get; }

    /// <summary>language → topic id → entry.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, FaqEntry>> ByLanguage { get; }

    /// <summary>language → questions the guide does not answer (weather, tax, citizenship, small talk …).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OutOfScope { get; }

    public IEnumerable<FaqEntry> Entries => ByLanguage.Values.SelectMany(t => t.Values);

    public static FaqContent Load(ContentPaths paths)
    {
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, FaqEntry>>(StringComparer.Ordinal);
        var synonyms = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        if (Directory.Exists(paths.Locales))
        {
            foreach (var dir in Directory.GetDirectories(paths.Locales).Order(StringComparer.Ordinal))
            {
                var file = Path.Combine(dir, "faq.json");
                if (!File.Exists(file)) continue;
                var lang = Path.GetFileName(dir);
                byLanguage[lang] = ReadTopics(file, lang, out var groups);
                synonyms[lang] = groups;
            }
        }

        var outOfScope = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var oosFile = Path.Combine(paths.Data, "faq-out-of-scope.json");
        if (File.Exists(oosFile))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(oosFile));
            foreach (var lang in doc.RootElement.GetProperty("examples").EnumerateObject())
                outOfScope[lang.Name] = lang.Value.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList();
        }
        var situation = LoadSituationNames(paths, out var places);
        return new FaqContent(byLanguage, outOfScope, synonyms, situation, places);
    }

    /// <summary>Country names (data/countries.json), state names (GermanStates, data/state-names.json) and profession
    /// names (data/professions.json), per language.</summary>
    private static Dictionary<string, IReadOnlyList<string>> LoadSituationNames(ContentPaths paths, out Dictionary<string, IReadOnlyList<string>> places)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string lang, IEnumerable<string> list)
        {
            if (!names.TryGetValue(lang, out var into)) names[lang] = into = [];
            into.AddRange(list.Where(n => n.Length > 0));
        }
        // Countries and states both map language → a name or a list of names.
        void AddPerLanguage(JsonElement perLanguage)
        {
            foreach (var lang in perLanguage.EnumerateObject())
                Add(lang.Name, lang.Value.ValueKind == JsonValueKind.Array
                    ? lang.Value.EnumerateArray().Select(e => e.GetString() ?? "")
                    : [lang.Value.GetString() ?? ""]);
        }

        // People write the German name of their state whatever language they chat in.
        Add("", GermanStates.All.Select(s => s.Name));
        var countries = Path.Combine(paths.Data, "countries.json");
        if (File.Exists(countries))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(countries));
            foreach (var country in doc.RootElement.GetProperty("countries").EnumerateArray())
                if (country.TryGetProperty("names", out var perLanguage)) AddPerLanguage(perLanguage);
        }
        var states = Path.Combine(paths.Data, "state-names.json");
        if (File.Exists(states))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(states));
            foreach (var state in doc.RootElement.GetProperty("states").EnumerateObject()) AddPerLanguage(state.Value);
        }
        places = names.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[.. kv.Value], StringComparer.Ordinal);
        var professions = Path.Combine(paths.Data, ProfessionCatalog.FileName);
        if (File.Exists(professions))
            foreach (var profession in ProfessionCatalog.Load(professions).Professions)
                foreach (var (lang, list) in profession.Names) Add(lang, list);
        return names.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
    }

    private static Dictionary<string, FaqEntry> ReadTopics(string file, string lang, out IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        synonyms = doc.RootElement.TryGetProperty("synonyms", out var syn) && syn.ValueKind == JsonValueKind.Array
            ? syn.EnumerateArray().Where(g => g.ValueKind == JsonValueKind.Array)
                .Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(w => w.GetString() ?? "").Where(w => w.Length > 0).ToList()).ToList()
            : [];
        var topics = new Dictionary<string, FaqEntry>(StringComparer.Ordinal);
        foreach (var t in doc.RootElement.GetProperty("topics").EnumerateObject())
        {
            var title = t.Value.TryGetProperty("title", out var ti) ? ti.GetString() ?? "" : "";
            var answer = t.Value.TryGetProperty("answer", out var an) ? an.GetString() ?? "" : "";
            var questions = t.Value.TryGetProperty("questions", out var qs) && qs.ValueKind == JsonValueKind.Array
                ? qs.EnumerateArray().Select(q => q.GetString() ?? "").Where(q => q.Length > 0).ToList()
                : [];
            topics[t.Name] = new FaqEntry(t.Name, lang, title, answer, questions);
        }
        return topics;
    }
}
