namespace IqChatGuide.Guidance.Faq;

/// <summary>Counts per language and topic (topic null: nothing fitted). No personal data.</summary>
public sealed record FaqInsightRow(string Lang, string? Topic, int Answered, int LowConfidence, int Unanswered, int Helpful, int NotHelpful);

/// <summary>A question the guide could not answer well, kept because the person agreed to it.</summary>
public sealed record FaqKeptQuestion(string Lang, string? Topic, string Text, DateTimeOffset At);

public sealed record FaqInsightsReport(IReadOnlyList<FaqInsightRow> Rows, IReadOnlyList<FaqKeptQuestion> KeptQuestions);

/// <summary>What operators learn from FAQ use: which questions went unanswered or unsure, and whether answers helped.</summary>
public interface IFaqInsights
{
    /// <summary>Counts the outcome of one question. The text is kept only when <paramref name="consented"/> is true
    /// and the answer was not confident; otherwise only the count changes.</summary>
    void Record(FaqResult result, string question, bool consented);

    /// <summary>"Was this helpful?" — counted per topic and language, nothing else stored.</summary>
    void RecordFeedback(string topic, string lang, bool helpful);

    FaqInsightsReport Snapshot();
}
