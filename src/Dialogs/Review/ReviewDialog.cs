using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Interruptions;
using IqChatGuide.Dialogs.Interview;
using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Runtime;
using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Localization;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Dialogs.Review;

/// <summary>
/// Shows every answer before anything is sent. The person confirms, or picks an answer to change; the
/// interview then asks that question (and any that depend on it) and the review comes back.
/// </summary>
public sealed class ReviewDialog : GuideDialog
{
    private const string ConfirmValue = "confirm";
    private const string ChangeValue = "change";
    private readonly InterviewForm _form;

    public ReviewDialog(GuideServices services, InterviewForm form, InterviewDialog interview) : base(nameof(ReviewDialog), services)
    {
        _form = form;
        // The interview asks the changed answer; it is part of this component so that re-asking finds it.
        AddDialog(interview);
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ShowStepAsync, DecideStepAsync, ChangeStepAsync, AgainStepAsync]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt), recognizer: Recognize));
        InitialDialogId = nameof(WaterfallDialog);
    }

    /// <summary>A dialog on top ended (a language change, a kept "delete my data"): the review is shown again, in the current language.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var instance = outerDc.ActiveDialog!;
        var innerDc = CreateInnerContext(outerDc, instance.Children ??= new DialogState());
        // While an answer is being changed, that question comes again; the review follows as usual.
        if (innerDc.ActiveDialog?.Id == nameof(InterviewDialog))
            return await base.ResumeDialogAsync(outerDc, reason, result, cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        var turnResult = await innerDc.BeginDialogAsync(InitialDialogId!, null, cancellationToken);
        return turnResult.Status == DialogTurnStatus.Waiting ? EndOfTurn : await outerDc.EndDialogAsync(turnResult.Result, cancellationToken);
    }

    /// <summary>"Label: answer" for every question that applies; open ones are marked for the counsellor.</summary>
    public static IReadOnlyList<(Slot Slot, string Line)> Lines(InterviewForm form, SlotContext context)
    {
        var lines = new List<(Slot, string)>();
        foreach (var slot in form.Slots.Where(s => s.Reviewable && s.Applies(context)))
        {
            var value = context.Conversation.OpenSlots.Contains(slot.Id)
                ? context.Texts["review.open"].Value
                : slot.Display(context);
            if (value is null) continue;
            // Latin answers (a postal code, an e-mail address) inside Arabic or Farsi keep their order.
            if (SupportedLanguages.IsRightToLeft(context.Language)) value = Bidi.Isolate(value);
            lines.Add((slot, $"{context.Texts[$"interview.{slot.Id}.label"].Value}: {value}"));
        }
        return lines;
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = SlotContextOf(step.Context);
        var lines = Lines(_form, context).Select(l => "• " + l.Line);
        await step.Context.SendActivityAsync(Replies.Text(string.Join("\n", new[] { context.Texts["review.intro"].Value }.Concat(lines))), cancellationToken);
        GuideStateAccessors.Current(step.Context).CurrentSlot = SlotIds.Review;
        return await step.PromptAsync(nameof(ChoicePrompt), Choices(step.Context, SlotIds.Review, context.Texts["review.ask"].Value,
            [new ChoiceOption(ConfirmValue, context.Texts["review.confirm"].Value), new ChoiceOption(ChangeValue, context.Texts["review.change"].Value)]), cancellationToken);
    }

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice { Value: ChangeValue }) return await step.EndDialogAsync(true, cancellationToken);
        var context = SlotContextOf(step.Context);
        GuideStateAccessors.Current(step.Context).CurrentSlot = SlotIds.ReviewChange;
        var options = Lines(_form, context)
            .Where(l => l.Slot.Id != SlotIds.State) // the state follows from the postal code; change that instead
            .Select(l => new ChoiceOption(l.Slot.Id, context.Texts[$"interview.{l.Slot.Id}.label"].Value))
            .ToList();
        return await step.PromptAsync(nameof(ChoicePrompt), Choices(step.Context, SlotIds.ReviewChange, context.Texts["review.which"].Value, options), cancellationToken);
    }

    private async Task<DialogTurnResult> ChangeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice { Value: var slotId } || _form.Find(slotId) is not { } slot)
            return await step.ReplaceDialogAsync(nameof(WaterfallDialog), null, cancellationToken);
        var context = SlotContextOf(step.Context);
        slot.Clear(context);
        context.Conversation.OpenSlots.Remove(slot.Id);
        context.Conversation.ForcedSlot = null;
        return await step.BeginDialogAsync(nameof(InterviewDialog), null, cancellationToken);
    }

    private static Task<DialogTurnResult> AgainStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(nameof(WaterfallDialog), null, cancellationToken);

    private static PromptOptions Choices(ITurnContext turn, string slot, string text, IReadOnlyList<ChoiceOption> options) => new()
    {
        Prompt = Replies.Question(turn, slot, text, []),
        Choices = options.Select(o => new Choice(o.Value, o.Title)).ToList(),
        Style = Replies.StyleFor(turn),
    };

    private string? Recognize(ITurnContext turn, string text, IReadOnlyList<Choice> choices)
    {
        var language = GuideStateAccessors.Current(turn).Language;
        var options = choices.Select(c => new ChoiceOption(c.Value, c.Title)).ToList();
        if (Services.Reader.MatchChoice(text, language, options) is { } value) return value;
        // At "Is everything right?" a plain "yes, that's right" confirms and a "no" asks what to change.
        if (options.Count == 2 && options[0].Value == ConfirmValue && Services.Reader.ReadYesNo(text, language) is { } yes)
            return yes ? ConfirmValue : ChangeValue;
        return null;
    }

    private SlotContext SlotContextOf(ITurnContext turn) => new(GuideStateAccessors.Current(turn), Services.Texts(turn), Services);
}
