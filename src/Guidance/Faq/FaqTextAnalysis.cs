using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ro;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace IqChatGuide.Guidance.Faq;

/// <summary>
/// Turns text into search terms per language: stems for exact matching and character trigrams for typos
/// and compound words. The same code runs for the indexed FAQ texts and for the question, so both sides agree.
/// </summary>
internal static class FaqTextAnalysis
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Dictionary<string, Analyzer> Analyzers = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static Analyzer For(string lang)
    {
        lock (Gate)
        {
            if (!Analyzers.TryGetValue(lang, out var analyzer))
                Analyzers[lang] = analyzer = new FaqAnalyzer(lang);
            return analyzer;
        }
    }

    // Chat questions repeat the same few thousand words; remembering their stems saves most of the analysis time.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string[]> WordCache = new();
    private const int WordCacheLimit = 100_000;

    /// <summary>The stems of one word (usually one, none for a stop word), remembered.</summary>
    public static string[] WordStems(string word, string lang)
    {
        if (WordCache.TryGetValue((word, lang), out var cached)) return cached;
        var stems = Stems(word, lang).ToArray();
        if (WordCache.Count < WordCacheLimit) WordCache.TryAdd((word, lang), stems);
        return stems;
    }

    /// <summary>The stems of a text in the given language, stop words removed, in order.</summary>
    public static List<string> Stems(string text, string lang)
    {
        var result = new List<string>();
        using var ts = For(lang).GetTokenStream("text", text);
        var term = ts.AddAttribute<ICharTermAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
        {
            var t = term.ToString();
            if (t.Length > 0) result.Add(t);
        }
        ts.End();
        return result;
    }

    /// <summary>Padded character trigrams of each stem ("_an", "ane", …), folded to plain letters.</summary>
    public static void AddGrams(string stem, ICollection<string> into)
    {
        if (stem.StartsWith('~')) return; // a synonym group, not a word
        var s = "_" + Fold(stem) + "_";
        if (s.Length < 4) return; // one-letter words carry no meaning
        for (var i = 0; i + 3 <= s.Length; i++) into.Add(s.Substring(i, 3));
    }

    /// <summary>Lower case without accents, German ß as ss, Arabic-script letter variants unified.</summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue;
            sb.Append(c switch
            {
                'ß' => "ss",
                'ł' => "l",
                'đ' => "dj",
                'ı' => "i",
                'ø' => "o",
                'أ' or 'إ' or 'آ' or 'ٱ' => "ا",
                'ى' or 'ی' or 'ې' => "ي",
                'ک' => "ك",
                'ة' => "ه",
                'ۀ' => "ه",
                'ـ' => "",
                _ => c.ToString()
            });
        }
        return sb.ToString();
    }

    /// <summary>Serbian Cyrillic to Latin, so both scripts of Serbian meet in one spelling.</summary>
    public static string SerbianToLatin(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'ђ' => "dj", 'е' => "e", 'ж' => "z",
                'з' => "z", 'и' => "i", 'ј' => "j", 'к' => "k", 'л' => "l", 'љ' => "lj", 'м' => "m", 'н' => "n",
                'њ' => "nj", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'ћ' => "c", 'у' => "u",
                'ф' => "f", 'х' => "h", 'ц' => "c", 'ч' => "c", 'џ' => "dz", 'ш' => "s",
                _ => c.ToString()
            });
        }
        return Fold(sb.ToString());
    }

    // Stop words also without their accents: phone keyboards often drop them ("si" for "și", "ze" for "że").
    private static CharArraySet Set(params string[] words) => new(Version, words.Concat(words.Select(Fold)).Distinct().ToArray(), ignoreCase: true);

    private static CharArraySet KeepSet(params string[] words) => Keep(Set(words));

    private static CharArraySet Folded(CharArraySet stop) => Set([.. stop.Select(o => o.ToString()!)]);

    // Negations stay searchable: "not regulated" and "without recognition" are topics of their own.
    private static readonly string[] Negations = FaqTuning.KeepNegations
        ? ["not", "no", "without", "nicht", "kein", "keine", "keinen", "ohne", "pas", "non", "sans", "sin", "nu", "fără", "fara", "nie", "bez", "не", "без", "ne", "değil", "degil", "لا", "غير", "بدون", "نه", "غیر"]
        : ["not", "no", "without", "nicht", "kein", "keine", "keinen", "ohne"];
    // "Where", "when", "how many" and "why" point to topics (where to apply, how long it takes, why recognition is worth it): never drop them.
    private static readonly string[] TopicQuestionWords = ["wo", "wohin", "unde", "când", "cand", "cât", "cat", "câte", "câți", "где", "когда", "nerede", "nereye", "nereden", "کجا", "کی", "چند", "متى", "أين",
        "why", "warum", "wieso", "weshalb", "pourquoi", "dlaczego", "почему", "зачем", "чому", "навіщо", "zašto", "zasto", "зашто", "لماذا", "چرا"];

    // Small stop lists for languages without one in Lucene; question words that carry meaning
    // ("where", "how long") are deliberately kept.
    private static readonly CharArraySet PolishStop = KeepSet("i", "w", "z", "na", "do", "sie", "jak", "co", "czy", "to", "jest", "nie", "o", "ze", "mi", "mnie", "moje", "moj", "moja", "ja", "a", "ale", "od", "po", "dla", "by", "moge", "mam", "sa", "jestem", "tego", "ten", "ta", "te", "tak", "prosze", "czesc", "siema");
    private static readonly CharArraySet UkrainianStop = KeepSet("і", "й", "в", "у", "на", "з", "із", "до", "що", "чи", "як", "це", "я", "мені", "мене", "мій", "моя", "мої", "моє", "не", "а", "але", "та", "для", "по", "від", "за", "про", "є", "ми", "ви", "би", "б", "ж", "же", "так", "вже", "ще", "скажіть", "будь", "ласка", "привіт");
    private static readonly CharArraySet SerbianStop = KeepSet("i", "u", "na", "za", "da", "li", "je", "se", "sam", "mi", "me", "moj", "moja", "moje", "ja", "od", "do", "kako", "sta", "sto", "to", "ne", "a", "ali", "iz", "o", "sa", "su", "ce", "bi", "ili", "molim", "pozdrav", "zdravo");
    private static CharArraySet Keep(CharArraySet stop) =>
        Set([.. stop.Select(o => o.ToString()!).Where(w => !Negations.Contains(w) && !TopicQuestionWords.Any(q => q == w || Fold(q) == Fold(w)))]);

    // Chat fillers carry no topic; left in, an unknown filler counts like a rare word against every topic.
    private static readonly CharArraySet GermanStop = Set([.. Keep(GermanAnalyzer.DefaultStopSet).Select(o => o.ToString()!),
        "ungefähr", "etwa", "circa", "ca", "eigentlich", "überhaupt", "bitte", "mal", "genau", "denn", "halt", "eben", "schon", "jetzt", "hallo", "hi", "danke", "frage", "kurze"]);
    private static readonly CharArraySet FrenchStop = Keep(Folded(FrenchAnalyzer.DefaultStopSet));
    private static readonly CharArraySet SpanishStop = Keep(Folded(SpanishAnalyzer.DefaultStopSet));
    // Lucene's Romanian list spells ş/ţ with a cedilla; the analyser turns them into the correct comma letters first.
    private static readonly CharArraySet RomanianStop = Keep(Set([.. RomanianAnalyzer.DefaultStopSet.Select(o => o.ToString()!).Select(w => w.Replace('ş', 'ș').Replace('ţ', 'ț'))]));
    private static readonly CharArraySet RussianStop = Keep(RussianAnalyzer.DefaultStopSet);
    private static readonly CharArraySet PersianStop = Keep(PersianAnalyzer.DefaultStopSet);
    private static readonly CharArraySet ArabicStop = Keep(ArabicAnalyzer.DefaultStopSet);
    private static readonly CharArraySet TurkishStop = Keep(Folded(TurkishAnalyzer.DefaultStopSet));

    // Lucene's English list is very short; chat questions are full of pronouns and auxiliaries.
    private static readonly CharArraySet EnglishStop = Set([.. EnglishAnalyzer.DefaultStopSet.Select(o => o.ToString()!).Where(w => !Negations.Contains(w)),
        "i", "me", "my", "mine", "myself", "am", "im", "i'm", "do", "does", "did", "doing", "can", "could", "would", "should", "shall", "may", "might",
        "hi", "hello", "hey", "please", "pls", "thanks", "thank", "you", "your", "we", "us", "our", "have", "has", "had", "having", "get", "got", "getting",
        "what", "whats", "what's", "which", "how", "here", "about", "so", "just", "really", "some", "any", "from", "up", "out", "all", "also",
        "very", "been", "being", "its", "it's", "he", "she", "him", "her", "his", "them", "anyone", "someone", "exactly", "actually", "quick", "question", "tell",
        "roughly", "approximately", "about", "basically", "even", "anyway", "ok", "okay", "well", "guys", "sir", "madam"]);

    private static readonly CharArraySet FrenchArticles = Set("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");

    private static readonly string[] PolishSuffixes = ByLength(["owania", "owanie", "owaniu", "osciami", "osci", "osc", "ania", "anie", "aniu", "enia", "enie", "eniu", "ami", "ach", "owi", "iem", "ego", "emu", "ych", "ich", "ymi", "imi", "ow", "om", "ej", "ym", "im", "a", "e", "i", "o", "u", "y", "em", "ami"]);
    private static readonly string[] UkrainianSuffixes = ByLength(["ування", "ання", "ення", "іння", "ами", "ями", "ого", "ому", "ими", "ах", "ях", "ів", "ом", "ем", "ою", "ею", "ій", "ий", "ої", "их", "им", "ня", "ти", "ть", "а", "я", "у", "ю", "і", "и", "е", "о", "й", "ь"]);
    private static readonly string[] SerbianSuffixes = ByLength(["ovanje", "ovanja", "anje", "anja", "enje", "enja", "ama", "ima", "ija", "ije", "iju", "om", "em", "og", "oj", "ih", "im", "a", "e", "i", "o", "u"]);

    // Persian attaches plural, possessive and colloquial endings to the word ("مدرکم" my degree,
    // "چقدره" how much is it); the analyser has no stemmer, so the commonest endings are cut here.
    private static readonly string[] PersianSuffixes = ["هایمان", "هایتان", "هایشان", "هایی", "هایم", "هایت", "هایش", "هامو", "های", "ها", "ترین", "مان", "تان", "شان", "مون", "تون", "شون", "ام", "ات", "اش", "ه", "م", "ت", "ش", "ی"];

    private static readonly string[] PersianSuffixesByLength = ByLength([.. PersianSuffixes.Select(Fold)]);

    private static string[] ByLength(string[] suffixes) => [.. suffixes.Distinct().OrderByDescending(s => s.Length)];

    /// <summary>Cuts the longest known ending, keeping at least <paramref name="minStem"/> letters.</summary>
    private static string StripSuffix(string word, string[] suffixes, int minStem = 3)
    {
        foreach (var s in suffixes)
            if (word.Length - s.Length >= minStem && word.EndsWith(s, StringComparison.Ordinal))
                return word[..^s.Length];
        return word;
    }

    private static string FoldUkrainian(string w) => w.Replace('ї', 'і').Replace('є', 'е').Replace('ґ', 'г').Replace("'", "").Replace("’", "").Replace('ё', 'е');

    private sealed class FaqAnalyzer(string lang) : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            lang == "fa" ? new PersianCharFilter(reader) : reader;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream ts = source;
            switch (lang)
            {
                case "de":
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new StopFilter(Version, ts, GermanStop);
                    ts = new GermanNormalizationFilter(ts);
                    ts = new GermanLightStemFilter(ts);
                    break;
                case "en":
                    ts = new EnglishPossessiveFilter(Version, ts);
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new StopFilter(Version, ts, EnglishStop);
                    ts = new PorterStemFilter(ts);
                    break;
                case "fr":
                    ts = new ElisionFilter(ts, FrenchArticles);
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new StopFilter(Version, ts, FrenchStop);
                    ts = new FrenchLightStemFilter(ts);
                    break;
                case "es":
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new StopFilter(Version, ts, SpanishStop);
                    ts = new SpanishLightStemFilter(ts);
                    break;
                case "ro":
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new MapFilter(ts, w => w.Replace('ş', 'ș').Replace('ţ', 'ț'));
                    ts = new StopFilter(Version, ts, RomanianStop);
                    ts = new SnowballFilter(ts, new RomanianStemmer());
                    break;
                case "ru":
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new MapFilter(ts, w => w.Replace('ё', 'е'));
                    ts = new StopFilter(Version, ts, RussianStop);
                    ts = new RussianLightStemFilter(ts);
                    break;
                case "uk":
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new MapFilter(ts, FoldUkrainian);
                    ts = new StopFilter(Version, ts, UkrainianStop);
                    ts = new MapFilter(ts, w => StripSuffix(w, UkrainianSuffixes, FaqTuning.SlavicMinStem));
                    break;
                case "pl":
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new MapFilter(ts, Fold);
                    ts = new StopFilter(Version, ts, PolishStop);
                    ts = new MapFilter(ts, w => StripSuffix(w, PolishSuffixes, FaqTuning.SlavicMinStem));
                    break;
                case "sr":
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new MapFilter(ts, SerbianToLatin);
                    ts = new StopFilter(Version, ts, SerbianStop);
                    ts = new MapFilter(ts, w => StripSuffix(w, SerbianSuffixes, FaqTuning.SlavicMinStem));
                    break;
                case "tr":
                    ts = new ApostropheFilter(ts);
                    ts = new TurkishLowerCaseFilter(ts);
                    ts = new StopFilter(Version, ts, TurkishStop);
                    ts = new SnowballFilter(ts, new TurkishStemmer());
                    break;
                case "ar":
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new ArabicNormalizationFilter(ts);
                    ts = new StopFilter(Version, ts, ArabicStop);
                    ts = new ArabicStemFilter(ts);
                    break;
                case "fa":
                    ts = new LowerCaseFilter(Version, ts);
                    ts = new ArabicNormalizationFilter(ts);
                    ts = new PersianNormalizationFilter(ts);
                    ts = new StopFilter(Version, ts, PersianStop);
                    if (FaqTuning.PersianStem) ts = new MapFilter(ts, w => StripSuffix(w, PersianSuffixesByLength, 3));
                    break;
                default:
                    ts = new LowerCaseFilter(Version, ts);
                    break;
            }
            // Accents are often left out on phone keyboards; compare without them.
            ts = new MapFilter(ts, Fold);
            return new TokenStreamComponents(source, ts);
        }
    }

    /// <summary>Rewrites each term with a function; an empty result drops the term.</summary>
    private sealed class MapFilter : TokenFilter
    {
        private readonly Func<string, string> _map;
        private readonly ICharTermAttribute _term;

        public MapFilter(TokenStream input, Func<string, string> map) : base(input)
        {
            _map = map;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public sealed override bool IncrementToken()
        {
            while (m_input.IncrementToken())
            {
                var mapped = _map(_term.ToString());
                if (mapped.Length == 0) continue;
                _term.SetEmpty().Append(mapped);
                return true;
            }
            return false;
        }
    }
}
