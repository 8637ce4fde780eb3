using IqChatGuide.Dialogs.Interview.Slots;

namespace IqChatGuide.Dialogs.Interview;

/// <summary>The slots of the interview in the order they are asked. The next question is the first one that applies and has no answer.</summary>
public sealed class InterviewForm
{
    public IReadOnlyList<Slot> Slots { get; } =
    [
        new ConsentSlot(),
        new QualificationNameSlot(),
        new QualificationTypeSlot(),
        new QualificationDurationSlot(),
        new QualificationCountrySlot(),
        new QualificationYearSlot(),
        new QualificationExperienceSlot(),
        new QualificationDocumentsSlot(),
        new InGermanySlot(),
        new PostalCodeSlot(),
        new StateSlot(),
        new ResidenceCountrySlot(),
        new ResidenceStatusSlot(),
        new GermanLevelSlot(),
        new GoalSlot(),
        new ContactChannelSlot(),
        new ContactDetailsSlot(),
        new ContactConsentSlot(),
    ];

    public Slot? Find(string? id) => Slots.FirstOrDefault(s => s.Id == id);

    /// <summary>A slot the person left open for the counsellor counts as done.</summary>
    public bool IsDone(Slot slot, SlotContext context) =>
        !slot.Applies(context) || slot.IsAnswered(context) || context.Conversation.OpenSlots.Contains(slot.Id);

    public Slot? Next(SlotContext context) =>
        Find(context.Conversation.ForcedSlot) ?? Slots.FirstOrDefault(s => !IsDone(s, context));
}
