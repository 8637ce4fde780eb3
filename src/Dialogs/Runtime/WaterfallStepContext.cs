namespace IqChatGuide.Dialogs.Runtime;

/// <summary>What a waterfall step sees: the result of the previous step, the options and the typed values.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private readonly DialogContext _dc;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result, object? options)
        : base(dc.Dialogs, dc.Context, new DialogState { DialogStack = dc.Stack }, dc.Parent)
    {
        _parent = parent;
        _dc = dc;
        Index = index;
        Reason = reason;
        Result = result;
        Options = options;
        Values = new DialogValues(instance, WaterfallDialog.ValuesPrefix);
    }

    public int Index { get; }
    public DialogReason Reason { get; }
    /// <summary>The result of the previous step's prompt or child dialog (the message text when the step waited itself).</summary>
    public object? Result { get; }
    public object? Options { get; }
    /// <summary>Values kept across the steps of this waterfall, typed on read.</summary>
    public DialogValues Values { get; }

    /// <summary>The result as <typeparamref name="T"/>, or default when it is something else.</summary>
    public T? ResultAs<T>() => Result is T t ? t : default;

    /// <summary>Skips to the next step with the given result.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled) throw new InvalidOperationException($"NextAsync was called twice in step {Index} of '{_parent.Id}'.");
        _nextCalled = true;
        return _parent.RunStepAsync(_dc, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }
}
