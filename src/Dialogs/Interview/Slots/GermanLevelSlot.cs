namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>German level: none, A1–C2 or unknown; "B1" or "keine Ahnung" typed freely work too.</summary>
public sealed class GermanLevelSlot : ChoiceSlot
{
    public override string Id => SlotIds.GermanLevel;
    protected override IReadOnlyList<string> Values { get; } = ["none", "A1", "A2", "B1", "B2", "C1", "C2", "unknown"];
    protected override string? Get(SlotContext context) => context.Answers.GermanLevel;
    protected override void Set(SlotContext context, string value) => context.Answers.GermanLevel = value;
    public override void Clear(SlotContext context) => context.Answers.GermanLevel = null;

    public override SlotReading Read(string text, SlotContext context)
    {
        if (context.Reader.ReadGermanLevel(text, context.Language) is { } level && Values.Contains(level))
        {
            Set(context, level);
            return SlotReading.Ok;
        }
        return base.Read(text, context);
    }
}
