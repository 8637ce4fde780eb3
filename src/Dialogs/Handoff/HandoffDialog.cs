using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Runtime;
using IqChatGuide.Guidance.Cases;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace IqChatGuide.Dialogs.Handoff;

/// <param name="Early">true when the person asked for a person before the interview was done.</param>
public sealed record HandoffOptions(bool Early);

/// <summary>
/// Makes the case and hands it over: stores it with a short reference, shows the person their summary in
/// their language and the next steps (the office, how to reach it, the hotline when the office entry is not
/// verified, what to prepare, the reference), and emits the <c>handoff.initiate</c> event with the summary.
/// </summary>
public sealed class HandoffDialog(
    GuideServices services,
    GuidanceCaseFactory caseFactory,
    CaseSummaryBuilder summaries,
    ILogger<HandoffDialog>? logger = null) : Dialog(nameof(HandoffDialog))
{
    public const string HandoffEventName = "handoff.initiate";

    private static readonly JsonSerializer CamelCase = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
    });

    private readonly ILogger _logger = logger ?? NullLogger<HandoffDialog>.Instance;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var turn = dc.Context;
        var conversation = await services.State.LoadAsync(turn, cancellationToken);
        var answers = conversation.Answers;
        var consented = answers.Consent == true;

        // Without consent nothing the person said is passed on — only the FAQ topics they asked about.
        var shared = consented ? answers : new CaseAnswers { QuestionsAsked = [.. answers.QuestionsAsked] };
        var guidanceCase = caseFactory.Create(shared, conversation.Language, turn.Activity.ChannelId, turn.Activity.Conversation?.Id, transcriptConsent: consented);
        await services.Cases.CreateAsync(guidanceCase, cancellationToken);
        conversation.CaseReference = guidanceCase.Reference;
        conversation.OfficeId = guidanceCase.OfficeId;
        conversation.CurrentSlot = null;
        _logger.LogInformation("Case created for office {OfficeId} in {Language}", guidanceCase.OfficeId, guidanceCase.Language);

        var summary = summaries.Build(guidanceCase);
        await turn.SendActivityAsync(Replies.Text(summary.ForPerson.Text), cancellationToken);

        var nextSteps = Replies.Text(string.Join("\n", summary.NextSteps))
            .With("caseReference", guidanceCase.Reference)
            .With("office", guidanceCase.OfficeId);
        await turn.SendActivityAsync(nextSteps, cancellationToken);

        var handoff = Activity.CreateEventActivity();
        handoff.Name = HandoffEventName;
        handoff.Value = JObject.FromObject(summary, CamelCase);
        handoff.ChannelData = new JObject { ["caseReference"] = guidanceCase.Reference, ["office"] = guidanceCase.OfficeId };
        await turn.SendActivityAsync(handoff, cancellationToken);

        return await dc.EndDialogAsync(guidanceCase.Reference, cancellationToken);
    }
}
