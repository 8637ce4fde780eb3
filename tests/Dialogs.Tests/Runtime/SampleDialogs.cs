using IqChatGuide.Dialogs.Runtime;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Dialogs.Tests.Runtime;

/// <summary>A small profile form: name, age (1–120, three tries), a colour choice and a confirmation.</summary>
internal sealed class ProfileDialog : ComponentDialog
{
    public const string Done = "done";

    public ProfileDialog(ListStyle style = ListStyle.SuggestedAction) : base(nameof(ProfileDialog))
    {
        Style = style;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [NameStepAsync, AgeStepAsync, ColourStepAsync, ConfirmStepAsync, SummaryStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new NumberPrompt<int>(nameof(NumberPrompt<int>), AgeValidatorAsync));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private ListStyle Style { get; }

    private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("What is your name?") }, ct);

    private static Task<DialogTurnResult> AgeStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("name", (string)step.Result!);
        return step.PromptAsync(nameof(NumberPrompt<int>), new PromptOptions
        {
            Prompt = MessageFactory.Text("How old are you?"),
            RetryPrompt = MessageFactory.Text("Please type your age as a number, for example 34."),
            MaxAttempts = 3,
        }, ct);
    }

    private Task<DialogTurnResult> ColourStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is PromptRetriesExhausted)
            step.Values.Set<int?>("age", null);
        else
            step.Values.Set<int?>("age", (int)step.Result!);
        step.Values.Set("ratio", 0.5);
        return step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text("Which colour?"),
            Choices = [new Choice("red", "Red"), new Choice("green", "Green"), new Choice("blue", "Blue") { Synonyms = ["navy"] }],
            Style = Style,
        }, ct);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("colour", ((FoundChoice)step.Result!).Value);
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text("Is that right?"),
            Choices = ConfirmPrompt.YesNo("Yes", "No"),
        }, ct);
    }

    private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        // Typed reads: these throw or give wrong values if state came back as long/JsonElement/JObject.
        var age = step.Values.Get<int?>("age");
        var ratio = step.Values.Get<double>("ratio");
        var name = step.Values.Get<string>("name");
        var colour = step.Values.Get<string>("colour");
        var confirmed = (bool)step.Result!;
        await step.Context.SendActivityAsync($"{name}|{age?.ToString() ?? "open"}|{ratio:0.0}|{colour}|{(confirmed ? "confirmed" : "not confirmed")}", cancellationToken: ct);
        return await step.EndDialogAsync(Done, ct);
    }

    private static Task<bool> AgeValidatorAsync(PromptValidatorContext<int> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value is >= 1 and <= 120);
}

/// <summary>
/// A root with the interruption hook of a CancelAndHelp base: "help" is answered and the question asked
/// again, "cancel" empties the stack. Runs the profile as a child and says when it finished.
/// </summary>
internal sealed class RootDialog : ComponentDialog
{
    public RootDialog(ListStyle style = ListStyle.SuggestedAction) : base(nameof(RootDialog))
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [StartAsync, FinishAsync]));
        AddDialog(new ProfileDialog(style));
        InitialDialogId = nameof(WaterfallDialog);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
        {
            case "help":
                await innerDc.Context.SendActivityAsync("Answer the question or write cancel.", cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case "cancel":
                await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.BeginDialogAsync(nameof(ProfileDialog), null, ct);

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendActivityAsync($"Profile finished: {step.Result}", cancellationToken: ct);
        return await step.EndDialogAsync(null, ct);
    }
}

/// <summary>Collects words until "stop", replacing itself each round (the loop pattern of ReplaceDialogAsync).</summary>
internal sealed class CollectDialog : ComponentDialog
{
    public CollectDialog() : base(nameof(CollectDialog))
    {
        AddDialog(new WaterfallDialog("loop", [AskAsync, CollectAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var words = step.Options as List<string> ?? [];
        step.Values.Set("words", words);
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text($"Word {words.Count + 1}?") }, ct);
    }

    private static async Task<DialogTurnResult> CollectAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var words = step.Values.Get<List<string>>("words")!;
        var text = (string)step.Result!;
        if (text == "stop")
        {
            await step.Context.SendActivityAsync(string.Join(",", words), cancellationToken: ct);
            return await step.EndDialogAsync(words.Count, ct);
        }
        words.Add(text);
        return await step.ReplaceDialogAsync("loop", words, ct);
    }
}

internal static class Replies
{
    public static IReadOnlyList<CardAction> Buttons(this IActivity activity) =>
        ((Activity)activity).SuggestedActions?.Actions?.ToList() ?? [];
}
