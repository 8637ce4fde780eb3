namespace IqChatGuide.Guidance.Faq;

/// <summary>A topic offered when the answerer is not sure which one is meant.</summary>
public sealed record FaqSuggestion(string Topic, string Title, double Score);

/// <param name="Lang">the language answered in (given or detected).</param>
/// <param name="Topic">null when no answer is confident enough.</param>
/// <param name="Answer">the answer text in <paramref name="Lang"/>, facts filled in; null with no topic.</param>
/// <param name="Suggestions">the 2–3 best topics when unsure; empty when confident or when nothing fits.</param>
public sealed record FaqResult(string Lang, string? Topic, double Score, string? Answer, IReadOnlyList<FaqSuggestion> Suggestions)
{
    public bool IsConfident => Topic is not null;
}

/// <summary>Answers recognition questions from the FAQ texts under locales/.</summary>
public interface IFaqAnswerer
{
    /// <param name="lang">null → detect the language from the question.</param>
    FaqResult Ask(string question, string? lang);

    /// <summary>Title and answer of one topic, e.g. after the person picked a suggestion.</summary>
    FaqResult? Get(string topic, string lang);

    /// <summary>True when the text reads like a question for the FAQ rather than an answer to the current question.</summary>
    bool LooksLikeQuestion(string text, string lang);
}
