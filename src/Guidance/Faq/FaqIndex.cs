using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace IqChatGuide.Guidance.Faq;

/// <summary>One topic found for a question, with its raw score and how much of the question it covers (0–1).</summary>
/// <param name="Rank">the score the topics are ordered by: search score relative to the best, blended with coverage,
/// typicality and the closest variant.</param>
/// <param name="Typical">how typical the question's words are of the topic, relative to the most typical hit (0–1).</param>
/// <param name="Closest">the share of the question that the topic's closest single question variant explains (0–1).</param>
internal readonly record struct TopicHit(string? Topic, double Score, double Coverage, double Rank = 0, double Typical = 0, double Closest = 0);

/// <summary>What the index found: topics best first; <see cref="OutOfScope"/> is the best example of a question that is not ours.</summary>
/// <param name="ContentWords">how many words of the question carry meaning (not stop words).</param>
/// <param name="Keywords">whether the message is a list of keywords ("visa exam fees documents"): it asks nothing, and
/// every word of it carries meaning.</param>
internal sealed record FaqSearchResult(IReadOnlyList<TopicHit> Topics, TopicHit OutOfScope, string? BestLanguage, int ContentWords = 0, bool Keywords = false);

/// <summary>
/// An in-memory Lucene index of every FAQ question variant, title and answer in every language, plus the
/// out-of-scope examples as negative evidence. Built once at start; searching is thread-safe.
/// </summary>
internal sealed partial class FaqIndex : IDisposable
{
    internal const string OutOfScopeTopic = "";

    // One field per language: term statistics (how rare a word is) then belong to that language.
    private static string TextField(string lang) => "text_" + lang;
    private static string GramField(string lang) => "gram_" + lang;
    private const string NumberField = "n";
    private static readonly string GermanField = TextField("de");

    // Weights of the evidence kinds; a question variant is the strongest sign, an answer text the weakest.
    private const float QuestionWeight = 1.0f;
    private static float TitleWeight => FaqTuning.TitleWeight;
    private static float AnswerWeight => FaqTuning.AnswerWeight;
    private static float GlossaryWeight => FaqTuning.GlossaryWeight;
    private static float K1 => FaqTuning.K1;
    private static float B => FaqTuning.B;

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly string[] _docTopic;
    private readonly string[] _docLang;
    private readonly string[] _docText;
    private readonly float[] _docWeight;
    private readonly int[] _docVariant;
    private readonly int _docCount;
    private readonly string[] _topicIds;
    private readonly Dictionary<string, ulong> _bitOfTopic;
    // Per language: which topics' texts use a stem or trigram. Per language, because Cyrillic or Latin languages share
    // spellings with other meanings ("так" is "so" in Russian, "yes" in Ukrainian).
    private readonly Dictionary<string, Dictionary<string, ulong>> _stemTopics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, ulong>> _gramTopics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fieldDocs = new(StringComparer.Ordinal);
    // Per field: how many texts use each term, read once from the index so that a search asks no term dictionary.
    private readonly Dictionary<string, Dictionary<string, int>> _docFreq = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _vocabulary = new(StringComparer.Ordinal);
    // For leave-one-out: how many texts of a topic use a key, each text's keys, and the whole-topic text per topic and language.
    private readonly Dictionary<(string Key, int Topic), int> _keyDocs = new();
    private readonly string[][] _docKeys;
    private readonly string[][] _docStems;
    // The stems of each question variant as a set, for the closest-variant share; null for other texts.
    private readonly HashSet<string>?[] _variantStems;
    private readonly float[] _docModelWeight;
    private readonly TopicModel _model;
    private readonly Dictionary<(string, string), int> _topicDoc = new();
    private readonly GermanCompounds _compounds;
    // Per language: stem → the synonym groups it belongs to ("~3"), indexed and searched like a word.
    private readonly Dictionary<string, Dictionary<string, List<string>>> _concepts = new(StringComparer.Ordinal);
    // Per language ("" for all): folded names of countries, states and professions, each cut to the part inflection keeps.
    private readonly Dictionary<string, HashSet<string>> _situation = new(StringComparer.Ordinal);
    // Per language ("" for all): places named with several words, folded ("lower saxony", "sachsen anhalt"): as a whole
    // they are a name even where the FAQ uses one of their words ("lower") for something else.
    private readonly Dictionary<string, List<string[]>> _situationPhrases = new(StringComparer.Ordinal);
    // Per language: the stems of the question variants and titles, the words people ask with (answers also list examples).
    private readonly Dictionary<string, HashSet<string>> _askedStems = new(StringComparer.Ordinal);

    public FaqIndex(FaqContent content)
    {
        var docs = new List<(string Topic, string Lang, float Weight, string Text)>();
        var variantOf = new Dictionary<int, int>(); // document → position of the question variant within its topic
        var topicDocs = new HashSet<int>();
        var askedDocs = new HashSet<int>(); // question variants and titles: the words people ask with
        var modelWeight = new Dictionary<int, float>(); // document → its weight in the topic model (a topic's variants, title and answer)
        foreach (var e in content.Entries)
        {
            for (var v = 0; v < e.Questions.Count; v++)
            {
                variantOf[docs.Count] = v;
                askedDocs.Add(docs.Count);
                modelWeight[docs.Count] = 1;
                docs.Add((e.Topic, e.Lang, QuestionWeight, e.Questions[v]));
            }
            if (e.Title.Length > 0)
            {
                modelWeight[docs.Count] = FaqTuning.ModelTitleWeight;
                askedDocs.Add(docs.Count);
                docs.Add((e.Topic, e.Lang, TitleWeight, e.Title));
            }
            // The whole topic as one text: a long question spreads its words over several variants.
            if (FaqTuning.TopicWeight > 0)
            {
                topicDocs.Add(docs.Count);
                docs.Add((e.Topic, e.Lang, FaqTuning.TopicWeight, string.Join(" . ", e.Questions.Append(e.Title).Append(StripPlaceholders(e.Answer)))));
            }
            if (e.Answer.Length > 0)
            {
                modelWeight[docs.Count] = FaqTuning.ModelAnswerWeight;
                docs.Add((e.Topic, e.Lang, AnswerWeight, StripPlaceholders(e.Answer)));
            }
            // German terms in brackets, whatever the language: people quote the words from their letters.
            var terms = string.Join(' ', Bracketed().Matches(e.Answer + " " + e.Title).Select(m => m.Groups[1].Value));
            if (terms.Length > 0) docs.Add((e.Topic, "de", GlossaryWeight, terms));
        }
        foreach (var (lang, examples) in content.OutOfScope)
            for (var v = 0; v < examples.Count; v++)
            {
                variantOf[docs.Count] = v;
                docs.Add((OutOfScopeTopic, lang, QuestionWeight, examples[v]));
            }

        // Which topics use a stem or trigram: the basis of the coverage (how much of a question a topic explains).
        _topicIds = docs.Select(d => d.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (_topicIds.Length > 64) throw new InvalidOperationException("At most 64 FAQ topics are supported.");
        var topicBit = _topicIds.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => 1UL << x.i, StringComparer.Ordinal);
        _bitOfTopic = topicBit;

        var config = new IndexWriterConfig(FaqTextAnalysis.Version, new WhitespaceAnalyzer(FaqTextAnalysis.Version))
        {
            Similarity = new BM25Similarity(K1, B),
            OpenMode = OpenMode.CREATE,
        };
        var docStems = new string[docs.Count][];
        var docGrams = new string[docs.Count][];
        foreach (var (lang, groups) in content.Synonyms)
        {
            var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            for (var g = 0; g < groups.Count; g++)
                foreach (var word in groups[g])
                    // One word, one stem: a phrase or a hyphenated form would tie its small words to the group.
                    if (FaqTextAnalysis.Stems(word, lang) is [var st] && st.Length >= 2)
                    {
                        if (!map.TryGetValue(st, out var concepts)) map[st] = concepts = [];
                        if (!concepts.Contains($"~{lang}{g}")) concepts.Add($"~{lang}{g}");
                    }
            _concepts[lang] = map;
        }
        var analysed = docs.Select(d => FaqTextAnalysis.Stems(d.Text, d.Lang).ToArray()).ToArray();
        foreach (var n in askedDocs)
        {
            if (!_askedStems.TryGetValue(docs[n].Lang, out var asked)) _askedStems[docs[n].Lang] = asked = new HashSet<string>(StringComparer.Ordinal);
            asked.UnionWith(analysed[n]);
        }
        _compounds = new GermanCompounds(analysed.Where((_, n) => docs[n].Lang == "de").SelectMany(x => x));
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var n = 0; n < docs.Count; n++)
            {
                var d = docs[n];
                var stems = WithConcepts(d.Lang == "de" ? WithParts(analysed[n]) : analysed[n], d.Lang);
                var grams = new List<string>();
                foreach (var s in stems) FaqTextAnalysis.AddGrams(s, grams);
                var bit = topicBit[d.Topic];
                var stemTopics = PerLanguage(_stemTopics, d.Lang);
                var gramTopics = PerLanguage(_gramTopics, d.Lang);
                foreach (var s in stems) stemTopics[s] = stemTopics.GetValueOrDefault(s) | bit;
                foreach (var g in grams) gramTopics[g] = gramTopics.GetValueOrDefault(g) | bit;
                docStems[n] = [.. stems.Distinct()];
                docGrams[n] = [.. grams.Distinct()];
                // The whole-topic text repeats the variants; counting it would hide which variant a word came from.
                if (!topicDocs.Contains(n))
                {
                    var ti = Array.IndexOf(_topicIds, d.Topic);
                    foreach (var st in docStems[n]) _keyDocs[(st, ti)] = _keyDocs.GetValueOrDefault((st, ti)) + 1;
                    foreach (var g in docGrams[n]) _keyDocs[(g, ti)] = _keyDocs.GetValueOrDefault((g, ti)) + 1;
                }
                writer.AddDocument(new Document
                {
                    new StoredField(NumberField, n),
                    new TextField(TextField(d.Lang), string.Join(' ', stems), Field.Store.NO),
                    new TextField(GramField(d.Lang), string.Join(' ', grams), Field.Store.NO),
                });
            }
            writer.ForceMerge(1);
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity(K1, B) };
        // Merging may reorder documents: map Lucene's numbers back to ours once, so a search needs no stored-field reads.
        var order = new int[_reader.MaxDoc];
        for (var i = 0; i < order.Length; i++) order[i] = _reader.Document(i).GetField(NumberField).GetInt32Value() ?? 0;
        _docTopic = order.Select(n => docs[n].Topic).ToArray();
        _docLang = order.Select(n => docs[n].Lang).ToArray();
        _docText = order.Select(n => docs[n].Text).ToArray();
        _docWeight = order.Select(n => docs[n].Weight).ToArray();
        _docVariant = order.Select(n => variantOf.GetValueOrDefault(n, -1)).ToArray();
        _docKeys = order.Select(n => docStems[n].Concat(docGrams[n]).ToArray()).ToArray();
        _docStems = order.Select(n => docStems[n]).ToArray();
        _variantStems = order.Select(n => variantOf.ContainsKey(n) ? docStems[n].ToHashSet(StringComparer.Ordinal) : null).ToArray();
        _docModelWeight = order.Select(n => modelWeight.GetValueOrDefault(n)).ToArray();
        _model = new TopicModel(_topicIds.Length,
            Enumerable.Range(0, order.Length).Where(i => _docModelWeight[i] > 0)
                .Select(i => (Array.IndexOf(_topicIds, _docTopic[i]), _docLang[i], _docStems[i], _docModelWeight[i])),
            FaqTuning.ModelSmoothing);
        var numberToDoc = new int[order.Length];
        for (var i = 0; i < order.Length; i++) numberToDoc[order[i]] = i;
        foreach (var n in topicDocs) _topicDoc[(docs[n].Topic, docs[n].Lang)] = numberToDoc[n];
        _docCount = Math.Max(1, _reader.MaxDoc);
        foreach (var fieldName in MultiFields.GetFields(_reader))
        {
            var counts = _docFreq[fieldName] = new Dictionary<string, int>(StringComparer.Ordinal);
            var terms = MultiFields.GetTerms(_reader, fieldName).GetEnumerator();
            while (terms.MoveNext()) counts[terms.Term.Utf8ToString()] = terms.DocFreq;
        }
        // A word the index has never seen counts like a moderately rare word: it lowers the coverage
        // of the question (gibberish, off-topic words) without letting one typo sink a good match.
        foreach (var lang in docs.Select(d => d.Lang).Distinct())
            _fieldDocs[lang] = Math.Max(1, _reader.GetDocCount(TextField(lang)));
        Languages = content.ByLanguage.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (lang, names) in content.SituationNames)
        {
            var set = _situation[lang] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
                // Short words of a name ("of", "und", "la") are not names; a long one loses its last letter to inflection.
                foreach (var word in FoldedWords(name, lang))
                    if (word.Length >= 4) set.Add(word.Length >= 5 ? word[..^1] : word);
        }
        foreach (var (lang, names) in content.PlaceNames)
        {
            var phrases = _situationPhrases[lang] = [];
            foreach (var name in names)
                if (FoldedWords(name, lang) is { Count: >= 2 } words) phrases.Add([.. words]);
        }
        foreach (var e in content.Entries)
        {
            if (!_vocabulary.TryGetValue(e.Lang, out var words)) _vocabulary[e.Lang] = words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in e.Questions.Append(e.Title))
                foreach (var w in WordPattern().EnumerateMatches(text))
                    words.Add(text.Substring(w.Index, w.Length).ToLowerInvariant());
        }
    }

    public IReadOnlySet<string> Languages { get; }

    public int DocumentCount => _docCount;

    /// <summary>Searches for the topics that match a question written in <paramref name="lang"/>.</summary>
    /// <param name="excludeDoc">a document to leave out (for leave-one-out evaluation); -1 for none.</param>
    public FaqSearchResult Search(string question, string lang, int excludeDoc = -1)
    {
        var query = new BooleanQuery(disableCoord: true);
        double maxScore = 0;
        var field = TextField(lang);
        var gramField = GramField(lang);
        // Leave-one-out: the left-out variant must not count as evidence, neither through the whole-topic
        // text that repeats it nor through the words only it uses; a word only it uses is a word the FAQ does not know.
        var leftOut = LeftOutText(excludeDoc);
        var asks = QuestionCues.Asks(question, lang);
        var words = ReadWords(question, lang, asks, leftOut);
        var stems = words.SelectMany(w => w.Primary).Distinct().ToList();
        var grams = new List<string>();
        var fuzzy = 0;
        foreach (var s in stems)
        {
            var term = new Term(field, s);
            var df = DocFreq(field, s, leftOut);
            if (IsConcept(s))
            {
                // A synonym group counts as evidence, not as a word of its own that must be covered.
                if (df > 0) query.Add(new TermQuery(term) { Boost = FaqTuning.SynonymBoost }, Occur.SHOULD);
                continue;
            }
            if (df > 0)
            {
                query.Add(new TermQuery(term), Occur.SHOULD);
                maxScore += Idf(df, lang);
            }
            else
            {
                maxScore += UnknownIdf(lang);
                // Typos: one edit, for a few unknown words only (each fuzzy term costs an automaton).
                if (s.Length >= 4 && fuzzy++ < FaqTuning.MaxFuzzyTerms)
                    query.Add(new FuzzyQuery(term, s.Length >= FaqTuning.TwoEditsLength ? 2 : 1, 1, 10, false) { Boost = FaqTuning.FuzzyBoost }, Occur.SHOULD);
            }
            // Long words the FAQ does not know also by their trigrams: German compounds ("Anerkennungsverfahren") and
            // typos still share most trigrams with the words in the FAQ. Each word's trigrams together weigh about as
            // much as one word, whatever its length. A known word needs none: its trigrams would only add look-alikes
            // (and cost a term lookup each).
            if (s.Length < FaqTuning.GramMinLength || df > 0) continue;
            grams.Clear();
            FaqTextAnalysis.AddGrams(s, grams);
            var boost = (float)(FaqTuning.GramBoost / grams.Count);
            foreach (var g in grams.Distinct())
            {
                var gt = new Term(gramField, g);
                var gdf = DocFreq(gramField, g, leftOut);
                maxScore += boost * (gdf > 0 ? Idf(gdf, lang) : UnknownIdf(lang));
                if (gdf > 0) query.Add(new TermQuery(gt) { Boost = boost }, Occur.SHOULD);
            }
        }

        // German legal terms inside a sentence in another language ("Defizitbescheid" in Turkish):
        // read the question as German too. It adds evidence, never required coverage.
        var germanStems = new HashSet<string>(StringComparer.Ordinal);
        if (lang != "de")
        {
            foreach (var s in words.SelectMany(w => w.German).Distinct())
            {
                if (s.Length < FaqTuning.GermanMinLength || DocFreq(GermanField, s) == 0) continue;
                var term = new Term(GermanField, s);
                germanStems.Add(s);
                query.Add(new TermQuery(term) { Boost = FaqTuning.GermanBoost }, Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0 || maxScore <= 0)
            return new FaqSearchResult([], new TopicHit(OutOfScopeTopic, 0, 0), null);

        var (lonely, lonelyBit, excludeTopicDoc) = leftOut is null ? (null, 0UL, -1) : (leftOut.Lonely, leftOut.TopicBit, leftOut.TopicDoc);
        var top = _searcher.Search(query, 80);
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        var second = new Dictionary<string, double>(StringComparer.Ordinal);
        var langScore = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sd in top.ScoreDocs)
        {
            if (sd.Doc == excludeDoc || sd.Doc == excludeTopicDoc) continue;
            var docLang = _docLang[sd.Doc];
            var factor = docLang == lang ? 1f : (docLang == "de" && germanStems.Count > 0 ? FaqTuning.GermanTermsFactor : FaqTuning.OtherLanguageFactor);
            var score = sd.Score * _docWeight[sd.Doc] * factor;
            var topic = _docTopic[sd.Doc];
            if (!best.TryGetValue(topic, out var current)) best[topic] = score;
            else if (score > current) { second[topic] = current; best[topic] = score; }
            else if (score > second.GetValueOrDefault(topic)) second[topic] = score;
            langScore[docLang] = langScore.GetValueOrDefault(docLang) + sd.Score;
        }

        foreach (var topic in second.Keys) best[topic] += FaqTuning.SecondDocShare * second[topic];
        // The share of the question that one single text of the topic explains: a question phrased like one of them.
        var closest = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sd in top.ScoreDocs)
        {
            if (sd.Doc == excludeDoc || _variantStems[sd.Doc] is not { } variant || _docLang[sd.Doc] != lang) continue;
            var c = TextCoverage(words, variant);
            if (c > closest.GetValueOrDefault(_docTopic[sd.Doc])) closest[_docTopic[sd.Doc]] = c;
        }
        var hits = best.Where(kv => kv.Key != OutOfScopeTopic)
            .OrderByDescending(kv => kv.Value)
            .Take(FaqTuning.Candidates)
            .Select(kv => new TopicHit(kv.Key, kv.Value, Coverage(words, lang, _bitOfTopic[kv.Key], lonely, lonelyBit)))
            .ToList();
        // Re-rank the best few by the search score, by how much of the question each one explains, and by
        // how typical the question's words are for each of them.
        if (hits.Count > 0)
        {
            var topScore = hits[0].Score;
            var typical = FaqTuning.ModelShare > 0 ? Typicality(words, lang, hits, excludeDoc) : null;
            hits = hits
                .Select((h, i) => h with
                {
                    Rank = (1 - FaqTuning.ModelShare - FaqTuning.VariantShare) * ((1 - FaqTuning.RerankCoverage) * h.Score / topScore + FaqTuning.RerankCoverage * h.Coverage)
                        + FaqTuning.ModelShare * (typical?[i] ?? 0) + FaqTuning.VariantShare * closest.GetValueOrDefault(h.Topic!),
                    Typical = typical?[i] ?? 0,
                    Closest = closest.GetValueOrDefault(h.Topic!),
                })
                .OrderByDescending(h => h.Rank)
                .ToList();
        }
        var oos = best.TryGetValue(OutOfScopeTopic, out var o) ? new TopicHit(OutOfScopeTopic, o, Coverage(words, lang, _bitOfTopic[OutOfScopeTopic], lonely, lonelyBit, FaqTuning.OutOfScopeGrams)) : new TopicHit(OutOfScopeTopic, 0, 0);
        var bestLang = langScore.Count == 0 ? null : langScore.MaxBy(kv => kv.Value).Key;
        var keywords = !asks && words.Count >= 4 && words.Count == WordPattern().Count(question);
        return new FaqSearchResult(hits, oos, bestLang, words.Count, keywords);
    }

    /// <summary>The language whose FAQ texts share the most words with the question (words used by fewer
    /// languages count more); null when no word is known.</summary>
    public string? GuessLanguage(string question)
    {
        var words = WordPattern().Matches(question).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            var langs = _vocabulary.Where(kv => kv.Value.Contains(w)).Select(kv => kv.Key).ToList();
            foreach (var l in langs) scores[l] = scores.GetValueOrDefault(l) + 1.0 / langs.Count;
        }
        if (scores.Count == 0) return null;
        var ordered = scores.OrderByDescending(kv => kv.Value).ToList();
        return ordered.Count > 1 && ordered[0].Value == ordered[1].Value ? null : ordered[0].Key;
    }

    /// <summary>The search keys of a question as the index reads it (for diagnostics).</summary>
    internal IEnumerable<string> QueryKeys(string question, string lang) =>
        ReadWords(question, lang, QuestionCues.Asks(question, lang)).Select(w => string.Join('|', w.Primary) + (w.German.Length > 0 ? "/de:" + string.Join('|', w.German) : ""));

    /// <summary>One word of a question: its weight (rarer words count more) and the keys it can match.</summary>
    private readonly record struct QuestionWord(double Weight, string[] Primary, string[] German, string[] Stems, string[] Grams, string[] Parts);

    /// <param name="asks">whether the message asks something (<see cref="QuestionCues.Asks"/>).</param>
    private List<QuestionWord> ReadWords(string question, string lang, bool asks, LeftOut? leftOut = null)
    {
        var result = new List<QuestionWord>();
        var field = TextField(lang);
        // Only beside a question are such names the situation; "electrician from Nigeria" alone is an answer, not a question.
        var situation = FaqTuning.SituationWords && asks;
        // In a message of several sentences, one that does not ask is the story around the question ("My cousin told
        // me yesterday."): its words count only where the FAQ knows them.
        var sentences = FaqTuning.StoryWords && asks
            ? Sentence().Matches(question).Select(m => (m.Index, m.Length, Asks: QuestionCues.Asks(m.Value, lang))).ToList()
            : [];
        var story = sentences.Count > 1 && sentences.Any(x => x.Asks);
        var inPhrase = situation ? WordsOfSituationPhrases(question, lang) : null;
        var position = -1;
        foreach (var w in WordPattern().EnumerateMatches(question))
        foreach (var word in SubWords(question.Substring(w.Index, w.Length)))
        {
            position++;
            if (inPhrase is not null && inPhrase.Contains(position)) continue;
            var stems = FaqTextAnalysis.WordStems(word, lang);
            if (stems.Length == 0) continue; // a stop word
            var whole = stems;
            if (lang == "de") stems = WithParts(stems);
            stems = WithConcepts(stems, lang);
            // German terms inside another language ("Defizitbescheid") also match as German.
            var germanWhole = lang == "de" ? [] : FaqTextAnalysis.WordStems(word, "de");
            if (situation && IsUnaskedSituationName(word, stems, germanWhole, lang)) continue;
            double weight = 0;
            var known = false; // does any FAQ text of the language use the word? (read as German: checked only when needed)
            foreach (var st in stems)
            {
                if (IsConcept(st)) { known = true; continue; }
                var df = DocFreq(field, st, leftOut);
                known |= df > 0;
                weight = Math.Max(weight, df > 0 ? Idf(df, lang) * Specificity(st, lang) : UnknownIdf(lang));
            }
            if (story && !known && !InAskingSentence(sentences, w.Index)
                && !germanWhole.Any(st => DocFreq(GermanField, st) > 0)) continue;
            var german = lang == "de" ? [] : WithConcepts(WithParts(germanWhole), "de");
            string[] keys = [.. stems, .. german];
            // The parts of a compound are weaker evidence than the compound: "Anerkennung" in
            // "Anerkennungspartnerschaft" says little about the topic.
            string[] parts = [.. stems.Where(k => !whole.Contains(k) && !IsConcept(k)), .. german.Where(k => !germanWhole.Contains(k) && !IsConcept(k))];
            var grams = new List<string>();
            foreach (var st in stems) if (st.Length >= FaqTuning.GramMinLength) FaqTextAnalysis.AddGrams(st, grams);
            result.Add(new QuestionWord(weight, stems, german, keys, [.. grams], parts));
        }
        return result;
    }

    /// <summary>A country, state or profession name that no FAQ question of the language asks with ("aus Nigeria",
    /// "ich bin Mechatronikerin"): it tells the person's situation, so it neither counts against a topic's coverage nor
    /// searches for look-alike words. Names the questions do use ("Pflegefachkraft", "Kosovo") stay evidence; a name
    /// only an answer lists as an example ("pharmacist" among the regulated professions) does not.</summary>
    /// <param name="keys">the word's stems with their compound parts and synonym groups.</param>
    /// <param name="germanStems">the word read as German (empty for a German question).</param>
    private bool IsUnaskedSituationName(string word, string[] keys, string[] germanStems, string lang) =>
        IsSituationName(word, lang) && !Asked(keys, lang) && !Asked(germanStems, "de");

    /// <summary>The positions of the words (as <see cref="ReadWords"/> counts them) that belong to a name of several
    /// words in the question ("in Lower Saxony", "в Нижней Саксонии"); null when there is none.</summary>
    private HashSet<int>? WordsOfSituationPhrases(string question, string lang)
    {
        HashSet<int>? result = null;
        List<string>? words = null;
        foreach (var key in (string[])[lang, ""])
        {
            if (!_situationPhrases.TryGetValue(key, out var phrases)) continue;
            foreach (var phrase in phrases)
            {
                words ??= FoldedWords(question, lang);
                for (var start = 0; start + phrase.Length <= words.Count; start++)
                {
                    var all = true;
                    for (var i = 0; i < phrase.Length && all; i++) all = SameNameWord(words[start + i], phrase[i]);
                    if (!all) continue;
                    result ??= [];
                    for (var i = 0; i < phrase.Length; i++) result.Add(start + i);
                }
            }
        }
        return result;
    }

    /// <summary>A word of a question that is a word of a name, inflected or not ("Нижней" for "Нижняя", "Crne Gore" for
    /// "Crna Gora"): a word of up to three letters must be the same, a longer one may change its last letter (two from
    /// five letters on) and add up to three.</summary>
    private static bool SameNameWord(string word, string name) =>
        name.Length < 4 ? word == name
            : word.Length <= name.Length + 3 && word.StartsWith(name[..^(name.Length >= 5 ? 2 : 1)], StringComparison.Ordinal);

    /// <summary>The words of a text as <see cref="ReadWords"/> splits them, folded like the names.</summary>
    private static List<string> FoldedWords(string text, string lang)
    {
        var result = new List<string>();
        foreach (var w in WordPattern().EnumerateMatches(text))
            foreach (var part in SubWords(text.Substring(w.Index, w.Length)))
                result.Add(SituationFold(part, lang));
        return result;
    }

    private static bool InAskingSentence(List<(int Index, int Length, bool Asks)> sentences, int at)
    {
        foreach (var x in sentences)
            if (at < x.Index + x.Length) return x.Asks;
        return true;
    }

    private bool Asked(string[] stems, string lang) =>
        stems.Any(st => IsConcept(st) || (_askedStems.TryGetValue(lang, out var asked) && asked.Contains(st)));

    private bool IsSituationName(string word, string lang)
    {
        var folded = SituationFold(word, lang);
        if (folded.Length < 4) return false;
        // Inflected forms: "Mołdawii" for "Mołdawia", "Mechatronikerin" for "Mechatroniker", "Сирии" for "Сирия".
        // A short name takes short endings only: "مالی" must not claim "مالیاتی" (tax).
        for (var cut = folded.Length; cut >= 4 && folded.Length - cut <= Math.Max(2, cut / 2); cut--)
        {
            var prefix = folded[..cut];
            if ((_situation.TryGetValue(lang, out var own) && own.Contains(prefix))
                || (_situation.TryGetValue("", out var all) && all.Contains(prefix))) return true;
        }
        return false;
    }

    private static string SituationFold(string word, string lang)
    {
        var folded = FaqTextAnalysis.Fold(word);
        return lang == "sr" ? FaqTextAnalysis.SerbianToLatin(folded) : folded;
    }

    /// <summary>The topic model's belief in each hit, scaled so the most typical hit gets 1.</summary>
    private double[] Typicality(List<QuestionWord> words, string lang, List<TopicHit> hits, int excludeDoc)
    {
        var candidates = hits.Select(h => Array.IndexOf(_topicIds, h.Topic)).ToArray();
        (int, string[], float)? leftOut = excludeDoc >= 0 && excludeDoc < _docModelWeight.Length && _docModelWeight[excludeDoc] > 0
            ? (Array.IndexOf(_topicIds, _docTopic[excludeDoc]), _docStems[excludeDoc], _docModelWeight[excludeDoc])
            : null;
        var p = _model.Posterior(lang, words.Select(w => w.Primary).ToList(), candidates, FaqTuning.ModelTemperature, leftOut);
        var max = p.Length == 0 ? 0 : p.Max();
        if (max > 0) for (var i = 0; i < p.Length; i++) p[i] /= max;
        return p;
    }

    private static bool IsConcept(string key) => key.Length > 0 && key[0] == '~';

    /// <summary>The parts of a hyphenated word, each a word of its own: in "non-regulated" the "non" must count,
    /// not just any one of the parts.</summary>
    private static IEnumerable<string> SubWords(string word)
    {
        if (!FaqTuning.SplitHyphens || word.IndexOf('-') <= 0) return [word];
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts : [word];
    }

    /// <summary>Stems followed by the synonym groups they belong to.</summary>
    private string[] WithConcepts(string[] stems, string lang)
    {
        if (!FaqTuning.Synonyms || !_concepts.TryGetValue(lang, out var map)) return stems;
        string[]? result = null;
        foreach (var s in stems)
            if (map.TryGetValue(s, out var c)) result = [.. (result ?? stems), .. c.Where(x => !(result ?? stems).Contains(x))];
        return result ?? stems;
    }

    /// <summary>German stems followed by the known parts of the compounds among them.</summary>
    private string[] WithParts(string[] stems)
    {
        if (!FaqTuning.Decompound) return stems;
        string[]? result = null;
        foreach (var s in stems)
        {
            var parts = _compounds.Parts(s);
            if (parts.Length > 0) result = [.. result ?? stems, .. parts];
        }
        return result ?? stems;
    }

    /// <summary>The weighted share of the question's words that the topic's texts contain (0–1); near misses
    /// (typos, compound parts) count by the share of their trigrams.</summary>
    private double Coverage(List<QuestionWord> words, string lang, ulong topic, HashSet<string>? lonely, ulong lonelyBit, bool grams = true)
    {
        var stemTopics = TopicsOfKeys(_stemTopics, lang);
        var germanTopics = TopicsOfKeys(_stemTopics, "de");
        var gramTopics = TopicsOfKeys(_gramTopics, lang);
        ulong Bits(Dictionary<string, ulong> map, string key)
        {
            var bits = map.GetValueOrDefault(key);
            return lonely is not null && lonely.Contains(key) ? bits & ~lonelyBit : bits;
        }
        // A word's keys in the question's language, and its German reading in the German texts (a long word only, as
        // in the search: a short one is more often a word of the question's own language that German spells alike).
        bool Uses(QuestionWord w, string key) =>
            ((Bits(stemTopics, key) | (w.German.Length > 0 && (key.Length >= FaqTuning.GermanMinLength || IsConcept(key)) && Array.IndexOf(w.German, key) >= 0 ? Bits(germanTopics, key) : 0)) & topic) != 0;
        double total = 0, covered = 0;
        foreach (var w in words)
        {
            total += w.Weight;
            var credit = StemCredit(w, k => Uses(w, k));
            // A compound whose every part the topic uses ("Anerkennungsverfahren": "Anerkennung" and "Verfahren") is
            // nearly as good as the compound itself.
            if (credit < FaqTuning.AllPartsCredit && w.Parts.Length >= 2 && w.Parts.All(k => Uses(w, k)))
                credit = FaqTuning.AllPartsCredit;
            // The out-of-scope examples mix every subject: near misses by trigrams say little there.
            if (credit == 0 && grams && w.Grams.Length > 0)
            {
                var shared = w.Grams.Count(g => (Bits(gramTopics, g) & topic) != 0);
                var share = (double)shared / w.Grams.Length;
                if (share >= FaqTuning.GramShareMin) credit = share * FaqTuning.GramCredit;
            }
            covered += w.Weight * credit;
        }
        return total <= 0 ? 0 : covered / total;
    }

    /// <summary>How well a word is matched by the keys <paramref name="uses"/> accepts: 1 for the word itself, less for
    /// only a synonym (good evidence, but less than the word) or only a part of a compound.</summary>
    private static double StemCredit(QuestionWord w, Func<string, bool> uses)
    {
        var credit = 0.0;
        foreach (var k in w.Stems)
            if (uses(k))
            {
                credit = Math.Max(credit, IsConcept(k) ? FaqTuning.SynonymCredit : w.Parts.Contains(k) ? FaqTuning.PartCredit : 1);
                if (credit >= 1) break;
            }
        return credit;
    }

    /// <summary>The weighted share of the question's words that one text uses (no near misses: a text is short).</summary>
    private static double TextCoverage(List<QuestionWord> words, HashSet<string> keys)
    {
        double total = 0, covered = 0;
        foreach (var w in words)
        {
            total += w.Weight;
            covered += w.Weight * StemCredit(w, keys.Contains);
        }
        return total <= 0 ? 0 : covered / total;
    }

    /// <summary>A question variant left out for evaluation: its topic's bit and whole-topic text, its keys, and the
    /// keys only it gives its topic.</summary>
    private sealed record LeftOut(ulong TopicBit, int TopicDoc, string TextField, string GramField, HashSet<string> Keys, HashSet<string> Lonely);

    private LeftOut? LeftOutText(int doc)
    {
        if (doc < 0 || doc >= _docTopic.Length) return null;
        var topic = _docTopic[doc];
        var ti = Array.IndexOf(_topicIds, topic);
        var lonely = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in _docKeys[doc])
            if (_keyDocs.GetValueOrDefault((k, ti)) <= 1) lonely.Add(k);
        return new LeftOut(_bitOfTopic[topic], _topicDoc.GetValueOrDefault((topic, _docLang[doc]), -1),
            TextField(_docLang[doc]), GramField(_docLang[doc]), [.. _docKeys[doc]], lonely);
    }

    /// <summary>Documents that are question variants (for leave-one-out evaluation): number, topic, language.</summary>
    internal IEnumerable<(int Doc, string Topic, string Lang, string Text, int Variant)> QuestionDocuments()
    {
        for (var i = 0; i < _docTopic.Length; i++)
            if (_docVariant[i] >= 0) yield return (i, _docTopic[i], _docLang[i], _docText[i], _docVariant[i]);
    }

    /// <summary>How much a word tells topics apart, 0–1: a word that nearly every topic uses ("Anerkennung",
    /// "Deutschland") explains little of a question, even when it is rare among the texts.</summary>
    private double Specificity(string stem, string lang)
    {
        if (FaqTuning.TopicSpread <= 0) return 1;
        var used = System.Numerics.BitOperations.PopCount(TopicsOfKeys(_stemTopics, lang).GetValueOrDefault(stem));
        var n = _topicIds.Length + 1.0;
        var share = Math.Log(n / (used + 0.5)) / Math.Log(n / 1.5); // 1 for a word of one topic, near 0 for a word of all
        return Math.Pow(Math.Max(FaqTuning.TopicSpreadFloor, share), FaqTuning.TopicSpread);
    }

    private static Dictionary<string, ulong> PerLanguage(Dictionary<string, Dictionary<string, ulong>> maps, string lang)
    {
        if (!maps.TryGetValue(lang, out var map)) maps[lang] = map = new Dictionary<string, ulong>(StringComparer.Ordinal);
        return map;
    }

    private static readonly Dictionary<string, ulong> NoTopics = [];

    private static Dictionary<string, ulong> TopicsOfKeys(Dictionary<string, Dictionary<string, ulong>> maps, string lang) =>
        maps.TryGetValue(lang, out var map) ? map : NoTopics;

    private int DocFreq(string field, string term) =>
        _docFreq.TryGetValue(field, out var counts) ? counts.GetValueOrDefault(term) : 0;

    /// <summary>The document frequency without the left-out text (and without its whole-topic text where only the
    /// left-out text gave the topic the term).</summary>
    private int DocFreq(string field, string term, LeftOut? leftOut)
    {
        var df = DocFreq(field, term);
        if (leftOut is null || df == 0 || (field != leftOut.TextField && field != leftOut.GramField) || !leftOut.Keys.Contains(term)) return df;
        return df - 1 - (leftOut.TopicDoc >= 0 && leftOut.Lonely.Contains(term) ? 1 : 0);
    }

    private double Idf(long df, string lang)
    {
        var n = _fieldDocs.GetValueOrDefault(lang, 1);
        return Math.Log(1 + Math.Max(0, n - df + 0.5) / (df + 0.5));
    }

    /// <summary>A word the FAQ texts of the language never use counts like a moderately rare word: it lowers the
    /// coverage of the question (gibberish, off-topic words) without letting one typo sink a good match.</summary>
    private double UnknownIdf(string lang) => Idf(FaqTuning.UnknownDf, lang);

    private static string StripPlaceholders(string text) => Placeholder().Replace(text, " ");

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}\u200C'’\-]+")]
    private static partial Regex WordPattern();

    // A sentence with its closing marks ("My cousin told me yesterday.", "How long does it take?").
    [GeneratedRegex(@"[^.!?;؟\n]+[.!?;؟\n]*")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\(([^()]{3,80})\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\{fact:[^}]*\}")]
    private static partial Regex Placeholder();
}
