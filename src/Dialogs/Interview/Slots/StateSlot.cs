using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Localization;

namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>The state, asked only when the postal code did not tell it; the candidates are offered as buttons (DE-BE, DE-HH, …).</summary>
public sealed class StateSlot : Slot
{
    public override string Id => SlotIds.State;
    public override bool IsChoice => true;

    public override bool Applies(SlotContext context) =>
        context.Answers.InGermany == true && (context.Answers.PostalCode is not null || context.Answers.Town is not null)
        && (context.Conversation.StateCandidates.Count > 0 || context.Answers.StateCode is not null);

    public override bool IsAnswered(SlotContext context) => context.Answers.StateCode is not null;

    public override void Clear(SlotContext context)
    {
        context.Answers.StateCode = null;
        context.Conversation.OfficeId = null;
        context.Conversation.StateCandidates.Clear();
        context.Conversation.StateQuestionReason = null;
    }

    public override string Ask(SlotContext context)
    {
        var place = context.Answers.PostalCode ?? context.Answers.Town ?? "";
        var key = context.Conversation.StateQuestionReason == "ambiguous" ? "interview.residence.state.askAmbiguous" : "interview.residence.state.askUnknown";
        return context.Texts.Format(key, ("postalCode", place));
    }

    public override IReadOnlyList<ChoiceOption> Options(SlotContext context)
    {
        var all = context.Services.Router.States;
        var candidates = context.Conversation.StateCandidates.Count > 0 ? context.Conversation.StateCandidates : all.Select(s => s.Code).ToList();
        return candidates.Select(code => new ChoiceOption(code, all.FirstOrDefault(s => s.Code == code)?.Name ?? code)).ToList();
    }

    public override SlotReading Read(string text, SlotContext context)
    {
        if (context.Reader.MatchChoice(text, context.Language, Options(context)) is not { } code)
            return SlotReading.Retry($"interview.{Id}.retry");
        var postalCode = context.Answers.PostalCode;
        var result = context.Services.Router.RouteToState(code, postalCode);
        context.Answers.StateCode = result.States.FirstOrDefault()?.Code ?? code;
        context.Conversation.OfficeId = result.Office?.Id;
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) =>
        context.Answers.StateCode is { } code ? context.Services.Router.States.FirstOrDefault(s => s.Code == code)?.Name ?? code : null;
}
