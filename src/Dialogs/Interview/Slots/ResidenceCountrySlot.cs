namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>The country a person abroad lives in; routes to the central service for people abroad (ZSBA).</summary>
public sealed class ResidenceCountrySlot : Slot
{
    public override string Id => SlotIds.ResidenceCountry;
    public override bool Applies(SlotContext context) => context.Answers.InGermany == false;
    public override bool IsAnswered(SlotContext context) => context.Answers.ResidenceCountry is not null;

    public override void Clear(SlotContext context)
    {
        context.Answers.ResidenceCountry = null;
        if (context.Answers.InGermany != true) context.Conversation.OfficeId = null;
    }

    public override SlotReading Read(string text, SlotContext context)
    {
        if (context.Reader.ReadCountry(text, context.Language) is not { } iso || iso == "DE")
            return SlotReading.Retry($"interview.{Id}.retry");
        context.Answers.ResidenceCountry = iso;
        context.Conversation.OfficeId = context.Services.Router.RouteAbroad(iso).Office?.Id;
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) => QualificationCountrySlot.CountryName(context, context.Answers.ResidenceCountry);
}
