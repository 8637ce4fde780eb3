using IqChatGuide.Guidance.Input;

namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>Years of work in the profession; "none" and "no" mean zero.</summary>
public sealed class QualificationExperienceSlot : Slot
{
    private const double MaxYears = 50;

    public override string Id => SlotIds.QualificationExperience;
    public override bool IsAnswered(SlotContext context) => context.Answers.ExperienceYears is not null || context.Answers.ExperienceUnknown;

    public override void Clear(SlotContext context)
    {
        context.Answers.ExperienceYears = null;
        context.Answers.ExperienceUnknown = false;
    }

    public override IReadOnlyList<ChoiceOption> Options(SlotContext context) => [Option(context, Id, "none"), Option(context, Id, "unknown")];

    public override SlotReading Read(string text, SlotContext context)
    {
        var trimmed = text.Trim();
        if (trimmed == "unknown" || context.Reader.IsUnknown(text, context.Language))
        {
            context.Answers.ExperienceUnknown = true;
            return SlotReading.Ok;
        }
        if (trimmed == "none" || context.Reader.MatchChoice(text, context.Language, [Option(context, Id, "none")]) == "none"
            || context.Reader.ReadYesNo(text, context.Language) == false)
        {
            context.Answers.ExperienceYears = 0;
            return SlotReading.Ok;
        }
        if (context.Reader.ReadYears(text, context.Language) is not { } years || years < 0 || years > MaxYears)
            return SlotReading.Retry($"interview.{Id}.retry");
        context.Answers.ExperienceYears = years;
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) =>
        context.Answers.ExperienceUnknown ? UnknownText(context)
        : context.Answers.ExperienceYears is { } years ? QualificationDurationSlot.YearsText(context, years) : null;
}
