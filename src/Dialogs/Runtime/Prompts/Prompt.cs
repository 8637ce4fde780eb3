using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>
/// Asks a question and waits until the answer is recognized and valid, asking again otherwise, up to
/// <see cref="PromptOptions.MaxAttempts"/>. Ends with the typed value.
/// </summary>
public abstract class Prompt<T>(string dialogId, PromptValidator<T>? validator = null) : Dialog(dialogId)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attemptCount";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.Set(OptionsKey, promptOptions);
        instance.Set(AttemptsKey, 0);
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message) return EndOfTurn;
        var instance = dc.ActiveDialog!;
        var options = instance.Get<PromptOptions>(OptionsKey)!;
        var attempts = instance.Get<int>(AttemptsKey) + 1;
        instance.Set(AttemptsKey, attempts);

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken).ConfigureAwait(false);
        var isValid = recognized.Succeeded;
        if (validator is not null)
            isValid = await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken).ConfigureAwait(false);

        if (isValid) return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        if (options.MaxAttempts is { } max && attempts >= max)
            return await dc.EndDialogAsync(new PromptRetriesExhausted(attempts), cancellationToken).ConfigureAwait(false);
        if (!dc.Context.Responded)
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>A child pushed on top of a prompt ended: ask again, keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, instance.Get<PromptOptions>(OptionsKey)!, isRetry: false, cancellationToken);

    protected virtual async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
            await turnContext.SendActivityAsync(Copy(activity), cancellationToken).ConfigureAwait(false);
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>A fresh copy, so the stored options are never changed by sending (the adapter sets ids on the activity).</summary>
    protected static Activity Copy(Activity activity) =>
        Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>(Newtonsoft.Json.JsonConvert.SerializeObject(activity))!;
}
