namespace IqChatGuide.Guidance.Languages;

/// <summary>The languages the guide speaks. Each has a folder under locales/.</summary>
public static class SupportedLanguages
{
    public const string Default = "en";

    /// <summary>Language codes in menu order.</summary>
    public static readonly IReadOnlyList<string> All =
        ["de", "en", "ar", "fa", "fr", "pl", "ro", "ru", "sr", "es", "tr", "uk"];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);

    public static bool IsRightToLeft(string code) => code is "ar" or "fa";

    /// <summary>Maps a culture name such as "sr-Cyrl-RS" or "pt_BR" to a supported language, or null.</summary>
    public static string? FromCulture(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture)) return null;
        var neutral = culture.Trim().Replace('_', '-').Split('-')[0].ToLowerInvariant();
        return IsSupported(neutral) ? neutral : null;
    }
}
