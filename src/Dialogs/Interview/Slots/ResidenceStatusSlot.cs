namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>Residence status in Germany — optional: "skip" is an answer like any other.</summary>
public sealed class ResidenceStatusSlot : ChoiceSlot
{
    public override string Id => SlotIds.ResidenceStatus;
    public override bool Applies(SlotContext context) => context.Answers.InGermany == true;
    protected override IReadOnlyList<string> Values { get; } = ["eu", "work-visa", "asylum", "duldung", "family", "other", "skip"];
    protected override string? Get(SlotContext context) => context.Answers.ResidenceStatus;
    protected override void Set(SlotContext context, string value) => context.Answers.ResidenceStatus = value;
    public override void Clear(SlotContext context) => context.Answers.ResidenceStatus = null;
}
