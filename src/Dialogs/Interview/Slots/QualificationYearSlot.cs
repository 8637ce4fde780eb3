using IqChatGuide.Guidance.Input;

namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>The year the qualification was gained ("2015", "seit 2015").</summary>
public sealed class QualificationYearSlot : Slot
{
    private const int EarliestYear = 1950;

    public override string Id => SlotIds.QualificationYear;
    public override bool IsAnswered(SlotContext context) => context.Answers.QualificationYear is not null || context.Answers.YearUnknown;

    public override void Clear(SlotContext context)
    {
        context.Answers.QualificationYear = null;
        context.Answers.YearUnknown = false;
    }

    public override IReadOnlyList<ChoiceOption> Options(SlotContext context) => [Option(context, Id, "unknown")];

    public override SlotReading Read(string text, SlotContext context)
    {
        if (text.Trim() == "unknown" || context.Reader.IsUnknown(text, context.Language))
        {
            context.Answers.YearUnknown = true;
            return SlotReading.Ok;
        }
        var thisYear = context.Services.Time.GetUtcNow().Year;
        if (context.Reader.ReadYear(text, context.Language) is not { } year || year < EarliestYear || year > thisYear)
            return SlotReading.Retry($"interview.{Id}.retry", ("year", thisYear - 5));
        context.Answers.QualificationYear = year;
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) =>
        context.Answers.YearUnknown ? UnknownText(context) : context.Answers.QualificationYear?.ToString();
}
