using IqChatGuide.Guidance.Languages;

namespace IqChatGuide.Guidance.Faq;

/// <summary>Decision limits on the calibrated confidence (the share of the question the best topic explains).</summary>
public sealed record FaqThresholds
{
    /// <summary>The best topic must explain at least this share of the question for a direct answer.</summary>
    public double Confident { get; init; } = 0.35;

    /// <summary>The same for a list of keywords ("visa exam fees documents"): it spreads over topics, and a share of it
    /// is no sign of which one is meant.</summary>
    public double ConfidentKeywords { get; init; } = 0.5;

    /// <summary>A direct answer needs coverage + <see cref="LeadWeight"/> × lead over the runner-up −
    /// <see cref="RunnerUpCoverageWeight"/> × the runner-up's coverage to reach this. Calibrated with
    /// leave-one-out runs over the FAQ's own variants: it trades fewer wrong answers for the same number of right ones
    /// better than coverage and lead apart.</summary>
    public double Decision { get; init; } = 0.6;

    public double LeadWeight { get; init; } = 3.0;

    public double RunnerUpCoverageWeight { get; init; } = 0.5;

    /// <summary>At or above (but not confident): offer the best topics as choices.</summary>
    public double Suggest { get; init; } = 0.35;

    /// <summary>The runner-up must stay below this share of the winner's score for a direct answer.</summary>
    public double Ambiguity { get; init; } = 1.01;

    /// <summary>A runner-up within this much coverage of the winner, and within <see cref="TieRank"/> of its rank, makes the answer unsure.</summary>
    public double CoverageTie { get; init; } = -1;

    public double TieRank { get; init; } = 0.8;

    /// <summary>Questions with at most this many meaningful words count as short.</summary>
    public int ShortQuestionWords { get; init; } = 3;

    /// <summary>The same for questions of at most two meaningful words.</summary>
    public double ShortAmbiguity { get; init; } = 1.01;

    /// <summary>Out-of-scope evidence wins when it reaches this share of the best topic's score.</summary>
    public double OutOfScope { get; init; } = 1.0;
}

/// <summary>Answers questions from the in-memory FAQ index: a topic when sure, choices when unsure, nothing when it is not ours.</summary>
public sealed class FaqAnswerer : IFaqAnswerer
{
    /// <summary>Questions longer than this are cut before searching (a chat message, not a document).</summary>
    public const int MaxQuestionLength = 500;

    private readonly FaqContent _content;
    private readonly FactCatalog _facts;
    private readonly FaqIndex _index;
    private readonly ILanguageDetector? _detector;

    public FaqAnswerer(FaqContent content, FactCatalog facts, ILanguageDetector? detector = null, FaqThresholds? thresholds = null)
    {
        _content = content;
        _facts = facts;
        _detector = detector;
        Thresholds = thresholds ?? new FaqThresholds();
        _index = new FaqIndex(content);
    }

    public FaqThresholds Thresholds { get; }

    /// <summary>Languages that have FAQ texts.</summary>
    public IReadOnlySet<string> Languages => _index.Languages;

    internal FaqIndex Index => _index;

    public FaqResult Ask(string question, string? lang) => Ask(question, lang, excludeDoc: -1);

    internal FaqResult Ask(string question, string? lang, int excludeDoc)
    {
        question ??= "";
        if (question.Length > MaxQuestionLength) question = question[..MaxQuestionLength];
        var language = ResolveLanguage(question, lang);
        if (string.IsNullOrWhiteSpace(question)) return Nothing(language, 0);

        var found = _index.Search(question, language, excludeDoc);
        if (found.Topics.Count == 0) return Nothing(language, 0);

        var first = found.Topics[0];
        var confidence = first.Coverage;
        // Not ours when an out-of-scope example matches better, or explains more of the question.
        if (found.OutOfScope.Score >= first.Score * Thresholds.OutOfScope || found.OutOfScope.Coverage > confidence)
            return Nothing(language, confidence);

        var second = found.Topics.Count > 1 ? found.Topics[1] : default;
        // Two or three words are little evidence: answer directly only with a clear lead.
        var ambiguity = found.ContentWords <= 2 ? Thresholds.ShortAmbiguity : Thresholds.Ambiguity;
        // A runner-up that explains as much of the question (e.g. "blue card or opportunity card") means two topics were asked.
        // In a short question, a runner-up that explains as much of it ("card": blue card or opportunity
        // card?) means the person has to say which one.
        var tie = found.ContentWords <= Thresholds.ShortQuestionWords
            && second.Coverage >= first.Coverage - Thresholds.CoverageTie && second.Rank >= first.Rank * Thresholds.TieRank;
        var clearWinner = second.Topic is null || (second.Rank < first.Rank * ambiguity && !tie);
        var lead = second.Topic is null ? 1 : 1 - second.Rank / first.Rank;
        var decision = confidence + Thresholds.LeadWeight * lead - Thresholds.RunnerUpCoverageWeight * (second.Topic is null ? 0 : second.Coverage);
        if (confidence >= (found.Keywords ? Thresholds.ConfidentKeywords : Thresholds.Confident) && clearWinner && decision >= Thresholds.Decision)
        {
            var entry = Entry(first.Topic!, language);
            if (entry is not null)
                return new FaqResult(language, first.Topic, Math.Round(confidence, 2), _facts.Fill(entry.Answer, language), []);
        }
        if (confidence >= Thresholds.Suggest)
        {
            var suggestions = found.Topics
                .Where(t => t.Rank >= first.Rank * 0.6)
                .Take(3)
                .Select(t => (Hit: t, Entry: Entry(t.Topic!, language)))
                .Where(x => x.Entry is not null)
                .Select(x => new FaqSuggestion(x.Hit.Topic!, _facts.Fill(x.Entry!.Title, language), Math.Round(x.Hit.Coverage, 2)))
                .ToList();
            if (suggestions.Count == 1 && found.Topics.Count > 1 && Entry(found.Topics[1].Topic!, language) is { } e2)
                suggestions.Add(new FaqSuggestion(found.Topics[1].Topic!, _facts.Fill(e2.Title, language), Math.Round(found.Topics[1].Coverage, 2)));
            return new FaqResult(language, null, Math.Round(confidence, 2), null, suggestions);
        }
        return Nothing(language, confidence);
    }

    public FaqResult? Get(string topic, string lang)
    {
        var language = SupportedLanguages.FromCulture(lang) ?? SupportedLanguages.Default;
        var entry = Entry(topic, language);
        return entry is null ? null : new FaqResult(entry.Lang, topic, 1, _facts.Fill(entry.Answer, entry.Lang), []);
    }

    public bool LooksLikeQuestion(string text, string lang)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        var language = SupportedLanguages.FromCulture(lang) ?? SupportedLanguages.Default;
        // Short answers ("B1", "2015", "ja", "Berlin") are answers, whatever the index thinks of them.
        if (QuestionCues.HasQuestionMark(trimmed)) return trimmed.Count(char.IsLetter) >= 2;
        if (QuestionCues.HasQuestionWord(trimmed, language)) return true;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 4 || QuestionCues.IsWish(trimmed)) return false;
        var result = Ask(trimmed, language);
        return result.IsConfident && result.Score >= 0.6;
    }

    /// <summary>The entry in the asked language, else in English, so a missing translation still answers.</summary>
    private FaqEntry? Entry(string topic, string lang)
    {
        if (_content.ByLanguage.TryGetValue(lang, out var topics) && topics.TryGetValue(topic, out var e)) return e;
        if (_content.ByLanguage.TryGetValue(SupportedLanguages.Default, out var en) && en.TryGetValue(topic, out var fallback)) return fallback;
        return null;
    }

    private string ResolveLanguage(string question, string? lang)
    {
        var given = SupportedLanguages.FromCulture(lang);
        if (given is not null) return given;
        var detected = _detector?.Detect(question);
        if (detected is not null && SupportedLanguages.IsSupported(detected.Language)) return detected.Language;
        // No clear sign: let the FAQ texts decide which language the words belong to.
        var guess = _index.GuessLanguage(question);
        return guess is not null && SupportedLanguages.IsSupported(guess) ? guess : SupportedLanguages.Default;
    }

    private static FaqResult Nothing(string lang, double confidence) => new(lang, null, Math.Round(confidence, 2), null, []);
}
