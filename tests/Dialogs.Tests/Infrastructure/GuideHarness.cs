using IqChatGuide.Guidance;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Localization;
using IqChatGuide.Guidance.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Dialogs.Tests.Infrastructure;

/// <summary>
/// Runs the real guide (real localizer, input reader, detector, router, FAQ index, in-memory case store)
/// through <see cref="TestAdapter"/>. With <c>restartEveryTurn</c> every turn builds a new service provider,
/// new dialogs and a new storage loaded from the JSON the previous turn saved — a process restart between turns.
/// </summary>
public sealed class GuideHarness
{
    private static readonly Lazy<ServiceProvider> Guidance = new(() =>
    {
        var paths = ContentPaths.NextToBinaries();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGuideLanguages(paths).AddGuideRouting(paths).AddGuideFaq(paths);
        return services.BuildServiceProvider();
    });

    private readonly bool _restartEveryTurn;
    private readonly RestartingStorage _restarting = new();
    private readonly MemoryStorage _storage = new();
    private IBot? _bot;

    public GuideHarness(bool restartEveryTurn = false) => _restartEveryTurn = restartEveryTurn;

    public InMemoryCaseStore Cases { get; } = new();

    /// <summary>The real FAQ insights counter, one per harness so tests see only their own counts.</summary>
    public IFaqInsights Insights { get; } = new FaqInsights();
    public IResidenceRouter Router => Guidance.Value.GetRequiredService<IResidenceRouter>();
    public ILocalizerProvider Localizers => Guidance.Value.GetRequiredService<ILocalizerProvider>();
    public IFaqAnswerer Faq => Guidance.Value.GetRequiredService<IFaqAnswerer>();

    /// <summary>The JSON of all stored state after the last turn (restart mode only).</summary>
    public string StoredJson => _restarting.Json;

    /// <summary>Reads stored items by key (shared-storage mode), e.g. "test/conversations/Conversation1".</summary>
    public Task<IDictionary<string, object>> ReadStoredAsync(params string[] keys) => _storage.ReadAsync(keys, CancellationToken.None);

    public ChatSession Start(string channelId = "test", string? locale = null)
    {
        var adapter = new TestAdapter(channelId);
        return new ChatSession(adapter, TurnAsync, locale);
    }

    private async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!_restartEveryTurn)
        {
            _bot ??= BuildBot(_storage);
            await _bot.OnTurnAsync(turnContext, cancellationToken);
            return;
        }
        var (storage, items) = _restarting.Load();
        await BuildBot(storage).OnTurnAsync(turnContext, cancellationToken);
        _restarting.Save(items);
    }

    private IBot BuildBot(IStorage storage) => BuildProvider(storage).GetRequiredService<IBot>();

    /// <summary>The guide's services as the bot gets them, for tests that look at one part (slots, texts).</summary>
    public IServiceProvider BuildProvider(IStorage? storage = null)
    {
        storage ??= new MemoryStorage();
        var shared = Guidance.Value;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(ContentPaths.NextToBinaries());
        services.AddSingleton(shared.GetRequiredService<ILocalizerProvider>());
        services.AddSingleton(shared.GetRequiredService<IInputReader>());
        services.AddSingleton(shared.GetRequiredService<ILanguageDetector>());
        services.AddSingleton(shared.GetRequiredService<IFaqAnswerer>());
        services.AddSingleton(Insights);
        services.AddSingleton(shared.GetRequiredService<IResidenceRouter>());
        services.AddSingleton(shared.GetRequiredService<GuidanceCaseFactory>());
        services.AddSingleton(shared.GetRequiredService<CaseSummaryBuilder>());
        services.AddSingleton<ICaseStore>(Cases);
        services.AddSingleton(storage);
        services.AddSingleton(new ConversationState(storage));
        services.AddSingleton(new UserState(storage));
        services.AddGuideDialogs();
        return services.BuildServiceProvider();
    }
}

/// <summary>One conversation: send a message, get every reply of that turn.</summary>
/// <param name="locale">the activity locale; null sends none (TestAdapter would otherwise send "en-us").</param>
public sealed class ChatSession(TestAdapter adapter, BotCallbackHandler bot, string? locale)
{
    public TestAdapter Adapter { get; } = adapter;
    public List<Turn> Turns { get; } = [];

    /// <summary>How many messages the person has typed or clicked so far.</summary>
    public int MessagesSent { get; private set; }

    /// <summary>The person opens the chat (conversationUpdate with the person joining).</summary>
    public async Task<Turn> JoinAsync()
    {
        var update = Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.Text = null;
        update.MembersAdded = [Adapter.Conversation.User];
        update.Locale = locale;
        await Adapter.ProcessActivityAsync(update, bot);
        return Drain();
    }

    /// <summary>Any activity, as built by the test.</summary>
    public async Task<Turn> ProcessAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, bot);
        return Drain();
    }

    public async Task<Turn> SendAsync(string text)
    {
        MessagesSent++;
        var message = Adapter.MakeActivity(text);
        message.Locale = locale;
        await Adapter.ProcessActivityAsync(message, bot);
        return Drain();
    }

    private Turn Drain()
    {
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is Activity reply) replies.Add(reply);
        var turn = new Turn(replies);
        Turns.Add(turn);
        return turn;
    }
}

/// <summary>What the person saw after one message.</summary>
public sealed record Turn(IReadOnlyList<Activity> Replies)
{
    public IEnumerable<Activity> Messages => Replies.Where(r => r.Type == ActivityTypes.Message);

    /// <summary>The last question asked (a message with <c>channelData.slot</c>).</summary>
    public Activity? Question => Messages.LastOrDefault(m => Data(m)?["slot"] is not null);

    public string? Slot => Question is { } q ? (string?)Data(q)!["slot"] : null;

    public IReadOnlyList<string> ButtonValues => Question?.SuggestedActions?.Actions?.Select(a => a.Value?.ToString() ?? "").ToList() ?? [];
    public IReadOnlyList<string> ButtonTitles => Question?.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];

    /// <summary>All message texts of the turn, one per line.</summary>
    public string Text => string.Join("\n", Messages.Select(m => m.Text));

    public Activity? Event(string name) => Replies.FirstOrDefault(r => r.Type == ActivityTypes.Event && r.Name == name);

    /// <summary>The first value of a channelData hint in this turn.</summary>
    public string? Hint(string name) => Messages.Select(m => (string?)Data(m)?[name]).FirstOrDefault(v => v is not null);

    public static JObject? Data(Activity activity) =>
        activity.ChannelData switch
        {
            null => null,
            JObject j => j,
            var other => JObject.FromObject(other),
        };

    public override string ToString() => $"[{Slot}] {Text}";
}
