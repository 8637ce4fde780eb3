namespace IqChatGuide.Guidance.Languages;

/// <param name="Language">a supported language code ("sr").</param>
/// <param name="Culture">the culture to answer in; differs from the language only by script ("sr-Cyrl").</param>
public sealed record DetectedLanguage(string Language, string Culture, double Confidence);

/// <summary>Guesses the language of a free-text message: script first, then telling letters and words.</summary>
public interface ILanguageDetector
{
    /// <summary>Null when the text is too short or gives no clear sign (never a wild guess).</summary>
    DetectedLanguage? Detect(string text);
}
