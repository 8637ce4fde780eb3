namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>The country where the qualification was gained, as an ISO 3166 code.</summary>
public sealed class QualificationCountrySlot : Slot
{
    public override string Id => SlotIds.QualificationCountry;
    public override bool IsAnswered(SlotContext context) => context.Answers.QualificationCountry is not null;
    public override void Clear(SlotContext context) => context.Answers.QualificationCountry = null;

    public override SlotReading Read(string text, SlotContext context)
    {
        if (context.Reader.ReadCountry(text, context.Language) is not { } iso)
            return SlotReading.Retry($"interview.{Id}.retry");
        context.Answers.QualificationCountry = iso;
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) => CountryName(context, context.Answers.QualificationCountry);

    /// <summary>The country's name in the person's language.</summary>
    internal static string? CountryName(SlotContext context, string? iso) =>
        iso is null ? null : context.Services.Countries.Name(iso, context.Language);
}
