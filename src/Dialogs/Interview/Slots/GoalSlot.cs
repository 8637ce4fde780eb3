namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>What the recognition is for.</summary>
public sealed class GoalSlot : ChoiceSlot
{
    public override string Id => SlotIds.Goal;
    protected override IReadOnlyList<string> Values { get; } = ["work", "visa", "training", "study", "self-employment", "other"];
    protected override string? Get(SlotContext context) => context.Answers.Goal;
    protected override void Set(SlotContext context, string value) => context.Answers.Goal = value;
    public override void Clear(SlotContext context) => context.Answers.Goal = null;
}
