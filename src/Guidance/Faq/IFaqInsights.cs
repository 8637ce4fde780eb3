namespace IqChatGuide.Guidance.Faq;

/// <summary>Counts per language and topic (topic null: nothing fitted). No personal data.</summary>
public sealed record FaqInsightRow(string Lang, string? Topic, int Answered, int LowConfidence, int Unanswered, int Helpful, int NotHelpful);

/// <summary>A question the guide could not answer well, kept because the person agreed to it.</summary>
public sealed record FaqKeptQuestion(string Lang, string? Topic, string Text, DateTimeOffset At);

public sealed record FaqInsightsReport(IReadOnlyList<FaqInsightRow> Rows, IReadOnlyList<FaqKeptQuestion> KeptQuestions)
{
    /// <summary>The report in the order operators read it: rows with the most unanswered and unsure questions
    /// first, kept questions oldest first.</summary>
    public static FaqInsightsReport Of(IEnumerable<FaqInsightRow> rows, IEnumerable<FaqKeptQuestion> kept) => new(
        rows.OrderByDescending(r => r.Unanswered + r.LowConfidence)
            .ThenBy(r => r.Lang, StringComparer.Ordinal).ThenBy(r => r.Topic, StringComparer.Ordinal)
            .ToList(),
        kept.OrderBy(q => q.At).ToList());
}

/// <summary>
/// What operators learn from FAQ use: which questions went unanswered or unsure, and whether answers helped.
/// Where the counts live depends on the host: in memory by default, in the bot's storage (SQLite, Redis) when
/// the host has one, so that they survive restarts and every instance of a scaled-out bot counts into the same totals.
/// </summary>
public interface IFaqInsights
{
    /// <summary>Counts the outcome of one question. The text is kept only when <paramref name="consented"/> is true,
    /// the answer was not confident and there is an <paramref name="owner"/> (<see cref="FaqOwner.Of"/>) to forget it
    /// by; otherwise only the count changes. Kept texts are shortened to <see cref="FaqOutcome.MaxKeptLength"/>
    /// characters, at most <see cref="FaqInsights.MaxKeptQuestions"/> are kept (the oldest go first), and each is
    /// dropped after <see cref="FaqInsights.Retention"/>.</summary>
    Task RecordAsync(FaqResult result, string question, bool consented, string? owner, CancellationToken cancellationToken = default);

    /// <summary>"Was this helpful?" — counted per topic and language, nothing else stored.</summary>
    Task RecordFeedbackAsync(string topic, string lang, bool helpful, CancellationToken cancellationToken = default);

    /// <summary>"Delete my data": removes every kept text of <paramref name="owner"/> for good. The counts stay (they
    /// hold nothing about anybody). A failure is thrown, never swallowed: the person was promised the deletion.</summary>
    Task ForgetAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>All counts, and the kept texts younger than <see cref="FaqInsights.Retention"/>.</summary>
    Task<FaqInsightsReport> SnapshotAsync(CancellationToken cancellationToken = default);
}

/// <summary>Which counter one question goes to.</summary>
public enum FaqOutcomeKind { Answered, LowConfidence, Unanswered }

/// <summary>
/// What one question adds to the insights, the same for every place they are kept: the language, the topic it is
/// counted for (the answer's, else the first suggestion's, else none), the counter, and the text to keep (only with
/// consent, only when the answer was not confident, and only with an owner key to forget it by) with its owner.
/// </summary>
public sealed record FaqOutcome(string Lang, string? Topic, FaqOutcomeKind Kind, string? KeptText, string? Owner = null)
{
    /// <summary>Longer kept texts are cut to this length.</summary>
    public const int MaxKeptLength = 300;

    public static FaqOutcome Of(FaqResult result, string question, bool consented, string? owner)
    {
        ArgumentNullException.ThrowIfNull(result);
        var topic = result.Topic ?? result.Suggestions.FirstOrDefault()?.Topic;
        if (result.IsConfident) return new FaqOutcome(result.Lang, topic, FaqOutcomeKind.Answered, null);
        var kind = result.Suggestions.Count > 0 ? FaqOutcomeKind.LowConfidence : FaqOutcomeKind.Unanswered;
        // A text nobody could have deleted is not kept at all.
        if (!consented || string.IsNullOrWhiteSpace(question) || string.IsNullOrEmpty(owner))
            return new FaqOutcome(result.Lang, topic, kind, null);
        var text = question.Trim();
        if (text.Length > MaxKeptLength) text = text[..MaxKeptLength];
        return new FaqOutcome(result.Lang, topic, kind, text, owner);
    }

    /// <summary>False for feedback that cannot be counted (no topic or no language): it is ignored.</summary>
    public static bool IsCountableFeedback(string? topic, string? lang) =>
        !string.IsNullOrWhiteSpace(topic) && !string.IsNullOrWhiteSpace(lang);
}
