namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>Explicit consent to pass the contact details to the office; "no" removes them.</summary>
public sealed class ContactConsentSlot : YesNoSlot
{
    public override string Id => SlotIds.ContactConsent;
    public override bool Applies(SlotContext context) => context.Answers.ContactDetails is not null || context.Answers.ContactConsent is not null;
    protected override bool? Get(SlotContext context) => context.Answers.ContactConsent;

    protected override void Set(SlotContext context, bool value)
    {
        context.Answers.ContactConsent = value;
        if (!value)
        {
            context.Answers.ContactDetails = null;
            context.Answers.ContactChannel = "none";
        }
    }

    public override void Clear(SlotContext context) => context.Answers.ContactConsent = null;
}
