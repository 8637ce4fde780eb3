using System.Globalization;
using IqChatGuide.Guidance;
using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Localization;

namespace IqChatGuide.Dialogs.Greeting;

/// <summary>
/// The twelve languages, each in its own name, in menu order. The name comes from locales/&lt;lang&gt;/language.json,
/// else from the text <c>language.name</c> of that language, else from .NET's native name of the culture.
/// </summary>
public sealed class LanguageMenu
{
    public LanguageMenu(ContentPaths? paths, ILocalizerProvider localizers)
    {
        Options = SupportedLanguages.All.Select(code => new ChoiceOption(code, OwnName(paths, localizers, code))).ToList();
    }

    public IReadOnlyList<ChoiceOption> Options { get; }

    private static string OwnName(ContentPaths? paths, ILocalizerProvider localizers, string code)
    {
        if (paths is not null && LanguageProfile.Load(paths.Locales, code).Name is { } name && name != code) return name;
        var text = localizers.ForCulture(code)["language.name"];
        if (!text.ResourceNotFound && (code == SupportedLanguages.Default || text.Value != localizers.ForCulture(SupportedLanguages.Default)["language.name"].Value))
            return text.Value;
        var culture = CultureInfo.GetCultureInfo(code);
        return culture.NativeName.Length > 0 ? char.ToUpper(culture.NativeName[0], culture) + culture.NativeName[1..] : code;
    }
}
