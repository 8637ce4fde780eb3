namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>Living in Germany or abroad: decides between postal code and country.</summary>
public sealed class InGermanySlot : YesNoSlot
{
    public override string Id => SlotIds.InGermany;
    protected override bool? Get(SlotContext context) => context.Answers.InGermany;

    protected override void Set(SlotContext context, bool value)
    {
        if (context.Answers.InGermany != value) ClearResidence(context);
        context.Answers.InGermany = value;
    }

    public override void Clear(SlotContext context)
    {
        context.Answers.InGermany = null;
        ClearResidence(context);
    }

    private static void ClearResidence(SlotContext context)
    {
        new PostalCodeSlot().Clear(context);
        new ResidenceCountrySlot().Clear(context);
        context.Answers.ResidenceStatus = null;
    }
}
