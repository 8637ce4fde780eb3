using System.Text.RegularExpressions;
using IqChatGuide.Guidance.Input;

namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>Which papers the person has at hand; several may be named at once ("1, 3", "certificate and translations").</summary>
public sealed partial class QualificationDocumentsSlot : Slot
{
    private static readonly string[] Values = ["certificates", "subjects", "experience", "translations", "none"];

    public override string Id => SlotIds.QualificationDocuments;
    public override bool IsChoice => true;
    public override bool IsAnswered(SlotContext context) => context.Answers.Documents is not null;
    public override void Clear(SlotContext context) => context.Answers.Documents = null;
    public override IReadOnlyList<ChoiceOption> Options(SlotContext context) => Values.Select(v => Option(context, Id, v)).ToList();

    public override SlotReading Read(string text, SlotContext context)
    {
        var options = Options(context);
        var found = new List<string>();
        // Each named part counts ("Zeugnisse und Übersetzungen" names two); the whole text is read when it has no parts.
        var parts = Separators().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        foreach (var part in parts.Count > 1 ? parts : [text])
            if (context.Reader.MatchChoice(part, context.Language, options) is { } value && !found.Contains(value))
                found.Add(value);
        if (found.Count == 0 && parts.Count > 1 && context.Reader.MatchChoice(text, context.Language, options) is { } whole)
            found.Add(whole);
        if (found.Count == 0) return SlotReading.Retry($"interview.{Id}.retry");
        // "none" together with documents is a slip; the documents win.
        if (found.Count > 1) found.Remove("none");
        context.Answers.Documents = found;
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) =>
        context.Answers.Documents is { } documents ? string.Join(", ", documents.Select(d => TitleOf(context, d))) : null;

    // Commas, semicolons, slashes, plus signs and the word "and" in the supported Latin-script languages.
    [GeneratedRegex(@"[,;/+&]|\s(?:and|und|et|i|și|si|y|ve|и|і|та|و)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();
}
