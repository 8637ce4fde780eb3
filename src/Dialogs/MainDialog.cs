using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Greeting;
using IqChatGuide.Dialogs.Handoff;
using IqChatGuide.Dialogs.Interruptions;
using IqChatGuide.Dialogs.Interview;
using IqChatGuide.Dialogs.Review;
using IqChatGuide.Dialogs.Runtime;
using IqChatGuide.Guidance.Languages;

namespace IqChatGuide.Dialogs;

/// <summary>
/// The whole conversation: language → welcome and consent → interview → review → hand-off.
/// Commands and recognition questions are handled on the way by the <see cref="GuideDialog"/> base.
/// </summary>
public sealed class MainDialog : GuideDialog
{
    /// <summary>The id of the waterfall a restart begins again.</summary>
    public const string StartId = nameof(MainDialog) + ".steps";

    public MainDialog(GuideServices services, LanguageDialog language, InterviewDialog interview, ReviewDialog review, HandoffDialog handoff, DeleteDataDialog deleteData)
        : base(nameof(MainDialog), services)
    {
        AddDialog(new WaterfallDialog(StartId, [LanguageStepAsync, IntroStepAsync, ReviewStepAsync, HandoffStepAsync]));
        AddDialog(language);
        AddDialog(interview);
        AddDialog(review);
        AddDialog(handoff);
        AddDialog(deleteData);
        InitialDialogId = StartId;
    }

    private async Task<DialogTurnResult> LanguageStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var conversation = GuideStateAccessors.Current(step.Context);
        if (conversation.Culture is not null) return await step.NextAsync(null, cancellationToken);
        if (SupportedLanguages.FromCulture(step.Context.Activity.Locale) is not null)
        {
            await Services.State.SetLanguageAsync(step.Context, step.Context.Activity.Locale!, "locale", cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }
        step.Values.Set("menuShown", true);
        return await step.BeginDialogAsync(nameof(LanguageDialog), new LanguageOptions(Greeting: true), cancellationToken);
    }

    private async Task<DialogTurnResult> IntroStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var conversation = GuideStateAccessors.Current(step.Context);
        var texts = Services.Texts(step.Context);
        if (conversation.CaseReference is { } reference)
        {
            // After the hand-off the guide still answers questions; the reminder comes only when nothing was answered.
            if (!AnsweredThisTurn(step.Context))
                await step.Context.SendActivityAsync(Replies.Text(texts, "handoff.already", ("reference", reference)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        if (!step.Values.Get<bool>("menuShown"))
        {
            await step.Context.SendActivityAsync(Replies.Text(texts, "greeting.welcome"), cancellationToken);
            await step.Context.SendActivityAsync(Replies.Text(texts, "greeting.languageHint"), cancellationToken);
        }
        await step.Context.SendActivityAsync(Replies.Text(texts, "greeting.intro"), cancellationToken);
        return await step.BeginDialogAsync(nameof(InterviewDialog), null, cancellationToken);
    }

    private async Task<DialogTurnResult> ReviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is InterviewOutcome.Declined)
        {
            await step.Context.SendActivityAsync(Replies.Text(Services.Texts(step.Context), "greeting.declined"), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        return await step.BeginDialogAsync(nameof(ReviewDialog), null, cancellationToken);
    }

    private static Task<DialogTurnResult> HandoffStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(nameof(HandoffDialog), new HandoffOptions(Early: false), cancellationToken);
}
