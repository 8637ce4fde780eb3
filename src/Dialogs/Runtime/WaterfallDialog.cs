namespace IqChatGuide.Dialogs.Runtime;

/// <summary>One step of a waterfall.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);

/// <summary>
/// A fixed sequence of steps. Each step usually starts a prompt or child dialog; its result is handed
/// to the next step. The step index and <see cref="WaterfallStepContext.Values"/> are kept in the instance.
/// </summary>
public class WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? actions = null) : Dialog(dialogId)
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    internal const string ValuesPrefix = "values.";

    private readonly List<WaterfallStep> _steps = actions?.ToList() ?? [];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        // Options are stored so that later steps see them after a restart; they must be JSON-friendly.
        if (options is not null) instance.Set(OptionsKey, new StoredOptions(options.GetType().AssemblyQualifiedName!, Newtonsoft.Json.JsonConvert.SerializeObject(options, StateJson.Settings)));
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        // Only messages move a waterfall on; other activities leave it waiting.
        if (dc.Context.Activity.Type != Microsoft.Bot.Schema.ActivityTypes.Message) return Task.FromResult(EndOfTurn);
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = dc.ActiveDialog!.Get<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count) return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        var instance = dc.ActiveDialog!;
        instance.Set(StepIndexKey, index);
        var stepContext = new WaterfallStepContext(this, dc, instance, index, reason, result, ReadOptions(instance));
        return await _steps[index](stepContext, cancellationToken).ConfigureAwait(false);
    }

    private static object? ReadOptions(DialogInstance instance)
    {
        if (instance.Get<StoredOptions>(OptionsKey) is not { } stored) return null;
        var type = Type.GetType(stored.Type, throwOnError: false);
        return type is null || !IsAllowed(type) ? null : Newtonsoft.Json.JsonConvert.DeserializeObject(stored.Json, type, StateJson.Settings);
    }

    // Only our own option types and plain .NET values are created from stored type names, never an arbitrary type.
    private static bool IsAllowed(Type type) =>
        type.Assembly == typeof(object).Assembly
        || (type.Assembly.GetName().Name?.StartsWith("IqChatGuide.", StringComparison.Ordinal) ?? false);

    private sealed record StoredOptions(string Type, string Json);
}
