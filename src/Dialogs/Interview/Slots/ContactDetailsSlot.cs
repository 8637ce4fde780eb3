namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>The e-mail address or phone number for the chosen contact channel.</summary>
public sealed class ContactDetailsSlot : Slot
{
    public override string Id => SlotIds.ContactDetails;
    public override bool Applies(SlotContext context) => context.Answers.ContactChannel is "email" or "phone" or "whatsapp";
    public override bool IsAnswered(SlotContext context) => context.Answers.ContactDetails is not null;

    public override void Clear(SlotContext context)
    {
        context.Answers.ContactDetails = null;
        context.Answers.ContactConsent = null;
    }

    public override string Ask(SlotContext context) =>
        context.Texts[context.Answers.ContactChannel == "email" ? "interview.contact.details.askEmail" : "interview.contact.details.askPhone"].Value;

    public override SlotReading Read(string text, SlotContext context)
    {
        var email = context.Answers.ContactChannel == "email";
        var details = email ? context.Reader.ReadEmail(text) : context.Reader.ReadPhone(text);
        if (details is null)
            return SlotReading.Retry(email ? "interview.contact.details.retryEmail" : "interview.contact.details.retryPhone");
        context.Answers.ContactDetails = details;
        context.Answers.ContactConsent = null;
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) => context.Answers.ContactDetails;
}
