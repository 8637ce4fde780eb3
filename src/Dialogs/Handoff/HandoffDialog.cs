using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Faq;
using IqChatGuide.Dialogs.Interview;
using IqChatGuide.Dialogs.Review;
using IqChatGuide.Dialogs.Runtime;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Localization;
using IqChatGuide.Guidance.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Dialogs.Handoff;

/// <param name="Early">true when the person asked for a person before the interview was done.</param>
public sealed record HandoffOptions(bool Early);

/// <summary>
/// Makes the case and hands it over: stores it with a short reference, shows the person their summary,
/// the office and how to reach it (plus the federal hotline when the office entry is not verified), what
/// to prepare and the reference, and emits the <c>handoff.initiate</c> event with the summary.
/// </summary>
public sealed class HandoffDialog(GuideServices services, InterviewForm form, ILogger<HandoffDialog>? logger = null) : Dialog(nameof(HandoffDialog))
{
    public const string HandoffEventName = "handoff.initiate";
    private readonly ILogger _logger = logger ?? NullLogger<HandoffDialog>.Instance;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var turn = dc.Context;
        var conversation = await services.State.LoadAsync(turn, cancellationToken);
        var texts = services.Texts(turn);
        var answers = conversation.Answers;
        var office = OfficeFor(conversation);
        var additional = services.Router.AdditionalOffices(
            answers.StateCode,
            labourRightsAsked: answers.QuestionsAsked.Contains(FaqReplies.LabourRightsTopic),
            academicNonRegulated: false);

        var guidanceCase = new GuidanceCase
        {
            Reference = CaseReference.New(),
            CreatedAt = services.Time.GetUtcNow(),
            Language = conversation.Language,
            OfficeId = office.Id,
            AdditionalOfficeIds = additional.Select(o => o.Id).Where(id => id != office.Id).Distinct().ToList(),
            // Without consent nothing the person said is passed on — only the language and the FAQ topics.
            Answers = answers.Consent == true ? answers : new CaseAnswers { QuestionsAsked = [.. answers.QuestionsAsked] },
            ChannelId = turn.Activity.ChannelId,
            ConversationId = turn.Activity.Conversation?.Id,
            TranscriptConsent = answers.Consent == true,
        };
        await services.Cases.CreateAsync(guidanceCase, cancellationToken);
        conversation.CaseReference = guidanceCase.Reference;
        conversation.CurrentSlot = null;
        _logger.LogInformation("Case created for office {OfficeId} in {Language}", office.Id, guidanceCase.Language);

        var context = new SlotContext(conversation, texts, services);
        await turn.SendActivityAsync(Replies.Text(SummaryText(context)), cancellationToken);
        await turn.SendActivityAsync(Replies.Text(OfficeText(texts, office, additional)), cancellationToken);
        await turn.SendActivityAsync(Replies.Text(texts, "handoff.prepare"), cancellationToken);

        var closing = Replies.Text(texts.Format("handoff.reference", ("reference", guidanceCase.Reference), ("office", office.Name)))
            .With("caseReference", guidanceCase.Reference)
            .With("office", office.Id);
        await turn.SendActivityAsync(closing, cancellationToken);

        var handoff = Activity.CreateEventActivity();
        handoff.Name = HandoffEventName;
        handoff.Value = JObject.FromObject(guidanceCase, Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings
        {
            ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
            NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
        }));
        handoff.ChannelData = new JObject { ["caseReference"] = guidanceCase.Reference, ["office"] = office.Id };
        await turn.SendActivityAsync(handoff, cancellationToken);

        return await dc.EndDialogAsync(guidanceCase.Reference, cancellationToken);
    }

    /// <summary>The routed office; people abroad go to the central service; without a residence, the hotline that routes everyone.</summary>
    private Office OfficeFor(GuideConversation conversation)
    {
        if (conversation.OfficeId is { } id && services.Router.FindOffice(id) is { } found) return found;
        var answers = conversation.Answers;
        if (answers.InGermany == false && answers.ResidenceCountry is { } country && services.Router.RouteAbroad(country).Office is { } abroad) return abroad;
        if (answers.StateCode is { } state && services.Router.RouteToState(state, answers.PostalCode).Office is { } byState) return byState;
        return services.Router.Hotline;
    }

    private string SummaryText(SlotContext context)
    {
        var lines = ReviewDialog.Lines(form, context).Select(l => "• " + l.Line).ToList();
        if (lines.Count == 0) lines.Add(context.Texts["handoff.summaryEmpty"].Value);
        return string.Join("\n", new[] { context.Texts["handoff.summaryTitle"].Value }.Concat(lines));
    }

    private string OfficeText(IStringLocalizer texts, Office office, IReadOnlyList<Office> additional)
    {
        var lines = new List<string> { texts.Format("handoff.office", ("office", office.Name)) };
        lines.AddRange(ContactLines(texts, office));
        if (!office.Verified && office.Id != services.Router.Hotline.Id)
            lines.Add(texts.Format("handoff.hotline", ("office", services.Router.Hotline.Name), ("phone", services.Router.Hotline.Phone ?? "")));
        foreach (var extra in additional.Where(o => o.Id != office.Id))
        {
            lines.Add(texts.Format("handoff.additional", ("office", extra.Name)));
            lines.AddRange(ContactLines(texts, extra));
        }
        return string.Join("\n", lines);
    }

    private static IEnumerable<string> ContactLines(IStringLocalizer texts, Office office)
    {
        if (office.Phone is { } phone) yield return texts.Format("handoff.contact.phone", ("phone", phone));
        if (office.Email is { } email) yield return texts.Format("handoff.contact.email", ("email", email));
        if (office.Website is { } website) yield return texts.Format("handoff.contact.website", ("website", website));
        if (office.Hours is { } hours) yield return texts.Format("handoff.contact.hours", ("hours", hours));
    }
}
