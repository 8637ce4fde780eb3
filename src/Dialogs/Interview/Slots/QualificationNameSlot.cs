namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>The qualification as the person writes it ("Krankenschwester", "Civil engineer"), kept word for word.</summary>
public sealed class QualificationNameSlot : Slot
{
    private const int MaxLength = 150;

    public override string Id => SlotIds.QualificationName;
    public override bool IsAnswered(SlotContext context) => context.Answers.QualificationName is not null;
    public override void Clear(SlotContext context) => context.Answers.QualificationName = null;

    public override SlotReading Read(string text, SlotContext context)
    {
        var name = text.Trim();
        if (name.Length < 2 || name.Length > MaxLength || !name.Any(char.IsLetter))
            return SlotReading.Retry($"interview.{Id}.retry");
        context.Answers.QualificationName = name;
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) => context.Answers.QualificationName;
}
