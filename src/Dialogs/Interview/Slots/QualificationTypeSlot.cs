namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>Vocational training, university degree, master craftsman or other.</summary>
public sealed class QualificationTypeSlot : ChoiceSlot
{
    public override string Id => SlotIds.QualificationType;
    protected override IReadOnlyList<string> Values { get; } = ["vocational", "academic", "master", "other"];
    protected override string? Get(SlotContext context) => context.Answers.QualificationType;
    protected override void Set(SlotContext context, string value) => context.Answers.QualificationType = value;
    public override void Clear(SlotContext context) => context.Answers.QualificationType = null;
}
