namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>How the office may contact the person; "none" is fine — the person then contacts the office.</summary>
public sealed class ContactChannelSlot : ChoiceSlot
{
    public override string Id => SlotIds.ContactChannel;
    protected override IReadOnlyList<string> Values { get; } = ["email", "phone", "whatsapp", "none"];
    protected override string? Get(SlotContext context) => context.Answers.ContactChannel;

    protected override void Set(SlotContext context, string value)
    {
        if (context.Answers.ContactChannel != value) new ContactDetailsSlot().Clear(context);
        context.Answers.ContactChannel = value;
    }

    public override void Clear(SlotContext context)
    {
        context.Answers.ContactChannel = null;
        new ContactDetailsSlot().Clear(context);
    }
}
