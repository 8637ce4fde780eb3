using IqChatGuide.Dialogs.Runtime;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace IqChatGuide.Dialogs.Tests.Runtime;

/// <summary>Runs a dialog turn by turn. With <c>restart</c>, state goes through JSON and the dialog is built anew every turn.</summary>
internal sealed class RuntimeHarness(Func<Dialog> createDialog, bool restart = true)
{
    private readonly RestartingStorage _restarting = new();
    private readonly MemoryStorage _shared = new();
    private Dialog? _dialog;

    public List<DialogTurnResult> Results { get; } = [];
    public string StoredJson => _restarting.Json;

    public TestFlow Flow(string channelId = "test") => new(new TestAdapter(channelId), TurnAsync);

    private async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        IStorage storage;
        Dictionary<string, Newtonsoft.Json.Linq.JObject>? items = null;
        if (restart)
        {
            (var fresh, items) = _restarting.Load();
            storage = fresh;
            _dialog = createDialog();
        }
        else
        {
            storage = _shared;
            _dialog ??= createDialog();
        }

        var conversationState = new ConversationState(storage);
        Results.Add(await _dialog.RunAsync(turnContext, conversationState.CreateProperty<DialogState>(nameof(DialogState)), cancellationToken));
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        if (items is not null) _restarting.Save(items);
    }
}
