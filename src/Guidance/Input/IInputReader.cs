namespace IqChatGuide.Guidance.Input;

/// <summary>Commands a person can give at any point of the conversation.</summary>
public enum GuideCommand { Help, Back, Restart, ChangeLanguage, TalkToPerson, DeleteData, Cancel }

/// <summary>One option of a question: a stable value and its localized title.</summary>
public sealed record ChoiceOption(string Value, string Title);

/// <summary>
/// Reads free text typed by a person in a given language: numbers, years, durations, yes/no,
/// German levels, contact details, countries, commands and choices (by number, title or synonym).
/// Every method returns null when the text does not say it; callers then re-ask.
/// </summary>
public interface IInputReader
{
    bool? ReadYesNo(string text, string lang);
    int? ReadNumber(string text, string lang);
    /// <summary>A calendar year: "2015", "seit 2015", "im Jahr 2010"; two-digit years are not guessed.</summary>
    int? ReadYear(string text, string lang);
    /// <summary>A length in years: "3", "drei Jahre", "3,5", "18 Monate" → 1.5.</summary>
    double? ReadYears(string text, string lang);
    /// <summary>"none", "A1".."C2" or "unknown".</summary>
    string? ReadGermanLevel(string text, string lang);
    /// <summary>"keine Ahnung", "I don't know" and the like.</summary>
    bool IsUnknown(string text, string lang);
    string? ReadEmail(string text);
    /// <summary>A phone number normalised to digits with an optional leading +.</summary>
    string? ReadPhone(string text);
    /// <summary>ISO 3166-1 alpha-2 code of a country named in any supported language.</summary>
    string? ReadCountry(string text, string lang);
    /// <summary>The value of the option the text picks: its number ("2", "٢"), its value, its title or a synonym from locales/&lt;lang&gt;/choices.json.</summary>
    string? MatchChoice(string text, string lang, IReadOnlyList<ChoiceOption> options);
    GuideCommand? ReadCommand(string text, string lang);
}
