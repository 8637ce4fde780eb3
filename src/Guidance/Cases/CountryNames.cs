using System.Globalization;

namespace IqChatGuide.Guidance.Cases;

/// <summary>Country names in a given language, from the ICU data the runtime already carries.</summary>
public static class CountryNames
{
    /// <summary>"SY" in "de" → "Syrien"; the code itself when the runtime does not know it.</summary>
    public static string Name(string? iso2, string language)
    {
        if (string.IsNullOrWhiteSpace(iso2)) return "";
        var code = iso2.Trim().ToUpperInvariant();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            // .NET has no API for a region's name in another language, but a culture's display name follows
            // the UI culture and names its region in brackets: "Englisch (Syrien)".
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(UiCulture(language));
            var display = CultureInfo.GetCultureInfo("en-" + code).DisplayName;
            int open = display.IndexOf('('), close = display.LastIndexOf(')');
            return open >= 0 && close > open + 1 ? display[(open + 1)..close] : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The name of a language in another language: ("uk", "de") → "Ukrainisch".</summary>
    public static string LanguageName(string language, string inLanguage)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(UiCulture(inLanguage));
            return CultureInfo.GetCultureInfo(UiCulture(language)).DisplayName;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    // Serbian without a script is written in Latin letters in the guide; "sr-Cyrl" asks for Cyrillic.
    private static string UiCulture(string language) => language switch
    {
        "sr" => "sr-Latn",
        _ => language,
    };
}
