namespace IqChatGuide.Guidance.Faq;

/// <summary>Signs that a message asks something: question marks and question words per language.</summary>
internal static class QuestionCues
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["de"] = ["wie", "was", "wo", "wann", "warum", "wieso", "weshalb", "wer", "welche", "welcher", "welches", "wieviel", "muss ich", "brauche ich", "kann ich", "darf ich", "gibt es", "ist es", "bekomme ich", "werde ich", "soll ich", "braucht man", "muss man", "kann man"],
        ["en"] = ["how", "what", "where", "when", "why", "who", "which", "whats", "what's", "do i", "does", "can i", "could i", "is it", "is there", "are there", "should i", "must i", "will i", "do you", "can you", "do we", "can we", "am i"],
        ["fr"] = ["comment", "quoi", "que", "qu'est-ce", "où", "ou", "quand", "pourquoi", "qui", "quel", "quelle", "quels", "quelles", "combien", "est-ce", "puis-je", "dois-je", "faut-il"],
        ["es"] = ["cómo", "como", "qué", "que", "dónde", "donde", "cuándo", "cuando", "por qué", "quién", "cuál", "cuánto", "cuanto", "cuánta", "puedo", "necesito", "hay", "debo"],
        ["pl"] = ["jak", "co", "gdzie", "kiedy", "dlaczego", "czemu", "kto", "który", "która", "jaki", "jaka", "jakie", "ile", "czy", "mogę", "moge", "muszę", "musze", "potrzebuję"],
        ["ro"] = ["cum", "ce", "unde", "când", "cand", "de ce", "cine", "care", "cât", "cat", "câți", "pot", "trebuie", "este", "există"],
        ["ru"] = ["как", "что", "где", "когда", "почему", "зачем", "кто", "какой", "какая", "какие", "сколько", "можно", "нужно", "нужен", "нужна", "ли", "могу", "должен"],
        ["uk"] = ["як", "що", "де", "коли", "чому", "навіщо", "хто", "який", "яка", "які", "скільки", "чи", "можна", "потрібно", "потрібен", "треба", "можу"],
        ["sr"] = ["kako", "šta", "sta", "što", "gde", "gdje", "kada", "kad", "zašto", "zasto", "ko", "koji", "koja", "koje", "koliko", "da li", "li", "mogu", "moram", "treba",
                  "како", "шта", "што", "где", "када", "зашто", "ко", "који", "која", "колико", "да ли", "могу", "морам", "треба"],
        ["tr"] = ["nasıl", "nasil", "ne", "nerede", "nereye", "ne zaman", "neden", "niye", "kim", "hangi", "kaç", "kac", "mı", "mi", "mu", "mü", "mısın", "miyim", "gerekir", "gerekiyor", "lazım"],
        ["ar"] = ["كيف", "ما", "ماذا", "أين", "اين", "متى", "لماذا", "من", "أي", "كم", "هل", "ممكن", "يمكن", "يجب"],
        ["fa"] = ["چطور", "چگونه", "چه", "چی", "کجا", "کی", "چرا", "چند", "چقدر", "کدام", "آیا", "میشه", "می‌شود", "باید"],
    };

    private static readonly string[] FaAttached = ["چقدر", "چطور", "چطوری", "کجا", "چندتا"];

    // "I want my degree recognised" starts the interview; it is a wish, not a question for the FAQ.
    private static readonly string[] Wishes =
    [
        "ich möchte", "ich moechte", "ich will", "ich würde gern", "ich wuerde gern", "i want", "i would like", "i'd like", "i wanna",
        "je veux", "je voudrais", "quiero", "me gustaría", "me gustaria", "я хочу", "хочу", "chcę", "chce", "chciałbym", "chciałabym",
        "istiyorum", "vreau", "aș dori", "as dori", "želim", "zelim", "желим", "أريد", "اريد", "بدي", "می‌خواهم", "میخواهم", "میخوام",
    ];

    public static bool IsWish(string text)
    {
        var lower = text.ToLowerInvariant();
        return Wishes.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    public static bool HasQuestionMark(string text) => text.IndexOfAny(['?', '؟', '¿']) >= 0 && text.Trim().Length > 1 && !text.Contains("://", StringComparison.Ordinal);

    /// <summary>True when the message has a question mark or a clause that starts with a question word
    /// ("I'm a nurse from Syria, how long does it take").</summary>
    public static bool Asks(string text, string lang) =>
        HasQuestionMark(text) || text.Split([',', '.', ';', ':', '!', '\n', '،']).Any(clause => HasQuestionWord(clause, lang));

    /// <summary>True when the message starts with (or, for particles such as Turkish "mı", contains) a question word.</summary>
    public static bool HasQuestionWord(string text, string lang)
    {
        var lower = text.Trim().ToLowerInvariant();
        if (!Words.TryGetValue(lang, out var words)) return false;
        var tokens = lower.Split([' ', ',', '.', '!', '\t', '\n', '?', '؟', '¿'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2) return false; // "wie?" alone is handled by the question mark; one word is an answer
        var first = tokens[0];
        var firstTwo = tokens.Length > 1 ? tokens[0] + " " + tokens[1] : first;
        if (words.Contains(first) || words.Contains(firstTwo)) return true;
        // Question particles that follow the verb.
        return lang switch
        {
            "tr" => tokens.Skip(1).Any(t => t is "mı" or "mi" or "mu" or "mü" or "mıyım" or "miyim" or "mısın" or "misin" || t.StartsWith("nasıl", StringComparison.Ordinal) || t.StartsWith("ne", StringComparison.Ordinal) && t.Length <= 6 && t is "neden" or "nedir" or "nerede"),
            "ru" or "uk" => tokens.Skip(1).Any(t => t is "ли" or "сколько" or "скільки" or "как" or "як" or "где" or "де"),
            "sr" => tokens.Skip(1).Any(t => t is "li" or "ли" or "koliko" or "колико"),
            // Spoken Persian glues the verb onto the question word: چقدره "how much is it", کجاست "where is it", چیه "what is it".
            "fa" => tokens.Any(t => t is "چیست" or "چه" or "چی" or "چیه" || FaAttached.Any(q => t.StartsWith(q, StringComparison.Ordinal))),
            "ar" => tokens.Skip(1).Any(t => t is "كم" or "كيف" or "ما" or "ماذا" or "هل"),
            _ => false,
        };
    }
}
