namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>Consent to take notes of the answers; nothing personal is asked before it.</summary>
public sealed class ConsentSlot : YesNoSlot
{
    public override string Id => SlotIds.Consent;
    public override bool Reviewable => false;
    public override void Clear(SlotContext context) => context.Answers.Consent = null;
    protected override bool? Get(SlotContext context) => context.Answers.Consent;
    protected override void Set(SlotContext context, bool value) => context.Answers.Consent = value;
}
