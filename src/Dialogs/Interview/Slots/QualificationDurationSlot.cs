using System.Globalization;
using IqChatGuide.Guidance.Input;

namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>How long the training or studies took, in years ("drei Jahre", "3,5", "18 Monate").</summary>
public sealed class QualificationDurationSlot : Slot
{
    private const double MaxYears = 15;

    public override string Id => SlotIds.QualificationDuration;
    public override bool IsAnswered(SlotContext context) => context.Answers.DurationYears is not null || context.Answers.DurationUnknown;

    public override void Clear(SlotContext context)
    {
        context.Answers.DurationYears = null;
        context.Answers.DurationUnknown = false;
    }

    public override IReadOnlyList<ChoiceOption> Options(SlotContext context) => [Option(context, Id, "unknown")];

    public override SlotReading Read(string text, SlotContext context)
    {
        if (text.Trim() == "unknown" || context.Reader.IsUnknown(text, context.Language))
        {
            context.Answers.DurationUnknown = true;
            return SlotReading.Ok;
        }
        if (context.Reader.ReadYears(text, context.Language) is not { } years || years <= 0 || years > MaxYears)
            return SlotReading.Retry($"interview.{Id}.retry");
        context.Answers.DurationYears = years;
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) =>
        context.Answers.DurationUnknown ? UnknownText(context)
        : context.Answers.DurationYears is { } years ? YearsText(context, years) : null;

    internal static string YearsText(SlotContext context, double years) =>
        context.Texts["common.years", ("count", (decimal)years), ("years", years.ToString("0.#", CultureInfo.GetCultureInfo(context.Language)))].Value;
}
