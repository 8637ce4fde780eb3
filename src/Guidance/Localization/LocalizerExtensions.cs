using Microsoft.Extensions.Localization;

namespace IqChatGuide.Guidance.Localization;

public static class LocalizerExtensions
{
    /// <summary>The text of <paramref name="key"/> with its named placeholders filled: <c>loc.Format("routing.office", ("postalCode", "10115"))</c>.</summary>
    public static string Format(this IStringLocalizer localizer, string key, params (string Name, object? Value)[] args)
        => localizer[key, args.Select(a => (object)a).ToArray()].Value;

    /// <summary>The language code the localizer speaks ("sr" for "sr-Cyrl"); English when unknown.</summary>
    public static string LanguageOf(this IStringLocalizer localizer)
        => localizer is JsonStringLocalizer json ? json.Language : "en";
}
