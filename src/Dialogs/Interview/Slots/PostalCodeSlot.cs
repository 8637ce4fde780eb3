using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>
/// Postal code or town in Germany. A code in one state routes at once; a code in two states or an unknown
/// code keeps the code and makes the state question apply; a malformed code is asked again with an example.
/// </summary>
public sealed class PostalCodeSlot : Slot
{
    public override string Id => SlotIds.PostalCode;
    public override bool Applies(SlotContext context) => context.Answers.InGermany == true;
    public override bool IsAnswered(SlotContext context) => context.Answers.PostalCode is not null || context.Answers.Town is not null;

    public override void Clear(SlotContext context)
    {
        context.Answers.PostalCode = null;
        context.Answers.Town = null;
        new StateSlot().Clear(context);
    }

    public override SlotReading Read(string text, SlotContext context)
    {
        var result = context.Services.Router.RouteInGermany(text.Trim());
        switch (result.Status)
        {
            case RoutingStatus.Resolved:
                context.Answers.PostalCode = result.PostalCode;
                context.Answers.Town = result.Town;
                context.Answers.StateCode = result.States.FirstOrDefault()?.Code;
                context.Conversation.OfficeId = result.Office?.Id;
                context.Conversation.StateCandidates.Clear();
                return SlotReading.Ok;
            case RoutingStatus.Ambiguous:
            case RoutingStatus.Unknown:
                context.Answers.PostalCode = result.PostalCode;
                context.Answers.Town = result.Town;
                context.Answers.StateCode = null;
                context.Conversation.OfficeId = null;
                if (context.Answers.PostalCode is null && context.Answers.Town is null) context.Answers.Town = text.Trim();
                context.Conversation.StateCandidates = (result.States.Count > 0 ? result.States : context.Services.Router.States).Select(s => s.Code).ToList();
                context.Conversation.StateQuestionReason = result.Status == RoutingStatus.Ambiguous ? "ambiguous" : "unknown";
                return SlotReading.Ok;
            default:
                return SlotReading.Retry($"interview.{Id}.invalid");
        }
    }

    public override string? Display(SlotContext context) =>
        (context.Answers.PostalCode, context.Answers.Town) switch
        {
            ({ } code, { } town) => $"{code} {town}",
            ({ } code, null) => code,
            (null, { } town) => town,
            _ => null,
        };
}
