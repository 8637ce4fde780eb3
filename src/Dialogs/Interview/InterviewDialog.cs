using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Runtime;
using IqChatGuide.Guidance.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace IqChatGuide.Dialogs.Interview;

/// <summary>How the interview ended.</summary>
public enum InterviewOutcome { Completed, Declined }

/// <summary>
/// The interview as a form: asks the next slot that applies and has no answer, reads the reply into the
/// answers, and ends when nothing is left. Where it stands is kept in <see cref="GuideConversation"/>, so
/// "back", a language change or an FAQ answer in between can ask the same question again.
/// A question not understood three times is left open for the counsellor.
/// </summary>
public sealed class InterviewDialog(GuideServices services, InterviewForm form) : Dialog(nameof(InterviewDialog))
{
    public const int MaxAttempts = 3;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        AskNextAsync(dc, cancellationToken);

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var turn = dc.Context;
        if (turn.Activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(turn.Activity.Text)) return EndOfTurn;
        var context = Context(turn);
        var conversation = context.Conversation;
        var slot = form.Find(conversation.CurrentSlot) ?? form.Next(context);
        if (slot is null) return await dc.EndDialogAsync(InterviewOutcome.Completed, cancellationToken);

        var reading = slot.Read(turn.Activity.Text, context);
        if (reading.Accepted)
        {
            conversation.Failures.Remove(slot.Id);
            conversation.OpenSlots.Remove(slot.Id);
            conversation.ForcedSlot = null;
            conversation.History.Remove(slot.Id);
            conversation.History.Add(slot.Id);
            if (slot.Id == SlotIds.Consent && conversation.Answers.Consent == false)
                return await DeclineAsync(dc, conversation, cancellationToken);
            return await AskNextAsync(dc, cancellationToken);
        }

        var failures = conversation.Failures.GetValueOrDefault(slot.Id) + 1;
        conversation.Failures[slot.Id] = failures;
        if (failures >= MaxAttempts && slot.Id == SlotIds.Consent)
        {
            // Without a clear yes nothing is written down; the person is not kept in a loop either.
            conversation.Failures.Remove(slot.Id);
            return await DeclineAsync(dc, conversation, cancellationToken);
        }
        if (failures >= MaxAttempts)
        {
            conversation.Failures.Remove(slot.Id);
            conversation.OpenSlots.Add(slot.Id);
            conversation.ForcedSlot = null;
            await turn.SendActivityAsync(Replies.Text(context.Texts, "interview.leftOpen"), cancellationToken);
            return await AskNextAsync(dc, cancellationToken);
        }

        await turn.SendActivityAsync(Replies.Text(context.Texts, reading.RetryKey ?? "errors.notUnderstood", reading.RetryArgs ?? []), cancellationToken);
        await AskAsync(turn, slot, context, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>After a child on top (language change, delete not confirmed) the same question comes again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var context = Context(turnContext);
        var slot = form.Find(context.Conversation.ForcedSlot) ?? form.Find(context.Conversation.CurrentSlot) ?? form.Next(context);
        if (slot is not null) await AskAsync(turnContext, slot, context, cancellationToken);
    }

    /// <summary>"Back": the previous question is asked again; every answer is kept until it is replaced.</summary>
    public static bool GoBack(GuideConversation conversation)
    {
        var current = conversation.ForcedSlot ?? conversation.CurrentSlot;
        conversation.History.Remove(current ?? "");
        if (conversation.History.Count == 0) return false;
        var previous = conversation.History[^1];
        conversation.History.RemoveAt(conversation.History.Count - 1);
        conversation.ForcedSlot = previous;
        conversation.CurrentSlot = previous;
        return true;
    }

    /// <summary>
    /// True when the open question is a choice and reads the text as one of its options. Checked on a copy
    /// of the conversation, so nothing is answered yet.
    /// </summary>
    public bool UnderstandsAsChoice(ITurnContext turnContext, string text)
    {
        var context = Context(turnContext);
        var slot = form.Find(context.Conversation.ForcedSlot) ?? form.Find(context.Conversation.CurrentSlot);
        if (slot is not { IsChoice: true }) return false;
        var copy = JsonConvert.DeserializeObject<GuideConversation>(JsonConvert.SerializeObject(context.Conversation))!;
        return slot.Read(text, context with { Conversation = copy }).Accepted;
    }

    /// <summary>No consent, no notes: whatever was answered before goes, and the next start asks again.</summary>
    private static async Task<DialogTurnResult> DeclineAsync(DialogContext dc, GuideConversation conversation, CancellationToken cancellationToken)
    {
        var asked = conversation.Answers.QuestionsAsked;
        conversation.ResetInterview();
        conversation.Answers.QuestionsAsked = asked;
        return await dc.EndDialogAsync(InterviewOutcome.Declined, cancellationToken);
    }

    private async Task<DialogTurnResult> AskNextAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = Context(dc.Context);
        var next = form.Next(context);
        if (next is null)
        {
            context.Conversation.CurrentSlot = null;
            return await dc.EndDialogAsync(InterviewOutcome.Completed, cancellationToken);
        }
        await AskAsync(dc.Context, next, context, cancellationToken);
        return EndOfTurn;
    }

    private static async Task AskAsync(ITurnContext turnContext, Slot slot, SlotContext context, CancellationToken cancellationToken)
    {
        context.Conversation.CurrentSlot = slot.Id;
        var question = Replies.Question(turnContext, slot.Id, slot.Ask(context), slot.Options(context), numberWhenNoButtons: slot.IsChoice);
        await turnContext.SendActivityAsync(question, cancellationToken);
    }

    private SlotContext Context(ITurnContext turnContext) =>
        new(GuideStateAccessors.Current(turnContext), services.Texts(turnContext), services);
}
