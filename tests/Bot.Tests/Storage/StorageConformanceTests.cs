using IqChatGuide.Bot.Storage;
using IqChatGuide.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Bot.Tests.Storage;

/// <summary>
/// Bot Framework's storage contract, run against every provider: what a conversation needs from its storage
/// so that nothing is lost or silently overwritten.
/// </summary>
public abstract class StorageConformanceTests
{
    /// <summary>A storage whose retention is <paramref name="retention"/>, on a clock the test may move (providers with a server clock ignore it).</summary>
    protected abstract IStorage Create(TimeSpan retention, ManualClock clock);

    /// <summary>Lets the retention pass: moves the manual clock, or waits for a server that keeps its own time.</summary>
    protected abstract Task LetTimePassAsync(ManualClock clock, TimeSpan by);

    /// <summary>The retention used by the expiry test (short where real time must pass).</summary>
    protected virtual TimeSpan ShortRetention => TimeSpan.FromDays(1);

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
    private IStorage Storage => _storage ??= Create(TimeSpan.FromDays(30), _clock);
    private IStorage? _storage;
    private static string Key() => "test/conversations/" + Guid.NewGuid().ToString("N");

    public sealed class Note : IStoreItem
    {
        public string? Text { get; set; }
        public int Count { get; set; }
        public List<string> Tags { get; set; } = [];
        public string? ETag { get; set; }
    }

    [Fact]
    public async Task Reading_keys_that_were_never_written_returns_nothing()
    {
        var items = await Storage.ReadAsync([Key(), Key()], TestContext.Current.CancellationToken);
        Assert.Empty(items);
    }

    [Fact]
    public async Task A_written_item_reads_back_typed_with_an_etag()
    {
        var key = Key();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "hello", Count = 3, Tags = ["a", "b"] } });

        var read = Assert.IsType<Note>((await Storage.ReadAsync([key]))[key]);
        Assert.Equal("hello", read.Text);
        Assert.Equal(3, read.Count);
        Assert.Equal(["a", "b"], read.Tags);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [Fact]
    public async Task Writing_with_the_current_etag_updates_and_a_stale_etag_fails_without_changing_anything()
    {
        var key = Key();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Count = 1 } });
        var first = (Note)(await Storage.ReadAsync([key]))[key];
        var second = (Note)(await Storage.ReadAsync([key]))[key];

        first.Count = 2;
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = first });
        second.Count = 99;
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object> { [key] = second }));

        var now = (Note)(await Storage.ReadAsync([key]))[key];
        Assert.Equal(2, now.Count);
        Assert.NotEqual(second.ETag, now.ETag);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task A_star_or_missing_etag_overwrites(string? etag)
    {
        var key = Key();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Count = 1 } });
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Count = 2 } });
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Count = 3, ETag = etag } });
        Assert.Equal(3, ((Note)(await Storage.ReadAsync([key]))[key]).Count);
    }

    [Fact]
    public async Task Deleted_items_are_gone_and_deleting_missing_keys_is_harmless()
    {
        var key = Key();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "x" } });
        await Storage.DeleteAsync([key, Key()]);
        Assert.Empty(await Storage.ReadAsync([key]));
    }

    [Fact]
    public async Task Large_and_unicode_values_round_trip_exactly()
    {
        var key = Key();
        var text = "Pflegefachfrau – ممرضة – پرستار – медсестра – 护士 – 👩‍⚕️🇩🇪 – \u202Eright-to-left\u202C \t\u0001 \"quoted\" \\ " + new string('x', 900_000);
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = text } });
        Assert.Equal(text, ((Note)(await Storage.ReadAsync([key]))[key]).Text);
    }

    [Fact]
    public async Task A_multi_key_write_with_one_stale_etag_writes_none_of_the_keys()
    {
        var a = Key();
        var b = Key();
        await Storage.WriteAsync(new Dictionary<string, object> { [a] = new Note { Count = 1 }, [b] = new Note { Count = 1 } });
        var items = await Storage.ReadAsync([a, b]);
        var staleB = (Note)items[b];
        var freshB = (Note)(await Storage.ReadAsync([b]))[b];
        freshB.Count = 2;
        await Storage.WriteAsync(new Dictionary<string, object> { [b] = freshB });

        var newA = (Note)items[a];
        newA.Count = 10;
        staleB.Count = 10;
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object> { [a] = newA, [b] = staleB }));

        var after = await Storage.ReadAsync([a, b]);
        Assert.Equal(1, ((Note)after[a]).Count);
        Assert.Equal(2, ((Note)after[b]).Count);
    }

    [Fact]
    public async Task State_expires_after_the_retention()
    {
        var storage = Create(ShortRetention, _clock);
        var key = Key();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "personal answer" } });
        Assert.Single(await storage.ReadAsync([key]));

        await LetTimePassAsync(_clock, ShortRetention + TimeSpan.FromMilliseconds(500));
        Assert.Empty(await storage.ReadAsync([key]));
    }

    // The same contract through Bot Framework's own ConversationState, as the bot uses it.

    private static TurnContext Turn(string conversationId) => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("user"),
        Recipient = new ChannelAccount("bot"),
    });

    [Fact]
    public async Task Conversation_state_survives_a_restart_between_turns()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var state = new ConversationState(Storage);
        var turn1 = Turn(conversation);
        await state.CreateProperty<Note>("note").SetAsync(turn1, new Note { Text = "Köln", Count = 1 });
        await state.SaveChangesAsync(turn1);

        var restarted = new ConversationState(Storage); // a new process: nothing cached
        var note = await restarted.CreateProperty<Note>("note").GetAsync(Turn(conversation), () => new Note());
        Assert.Equal("Köln", note.Text);
    }

    [Fact]
    public async Task Two_turns_that_read_the_same_conversation_state_cannot_both_save()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var state = new ConversationState(Storage);
        var counter = state.CreateProperty<int>("count");
        var start = Turn(conversation);
        await counter.SetAsync(start, 1);
        await state.SaveChangesAsync(start);

        var turnA = Turn(conversation);
        var turnB = Turn(conversation);
        await counter.SetAsync(turnA, await counter.GetAsync(turnA) + 1);
        await counter.SetAsync(turnB, await counter.GetAsync(turnB) + 1);
        await state.SaveChangesAsync(turnA);
        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(turnB));

        // The winner can keep saving in the same turn; the loser reloads and succeeds.
        await counter.SetAsync(turnA, 10);
        await state.SaveChangesAsync(turnA);
        await state.LoadAsync(turnB, force: true);
        await counter.SetAsync(turnB, await counter.GetAsync(turnB) + 1);
        await state.SaveChangesAsync(turnB);
        Assert.Equal(11, await counter.GetAsync(Turn(conversation)));
    }

    [Fact]
    public async Task Two_turns_that_both_start_a_new_conversation_cannot_both_save()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var state = new GuardedConversationState(Storage);
        var counter = state.CreateProperty<int>("count");
        var turnA = Turn(conversation);
        var turnB = Turn(conversation);
        await state.LoadAsync(turnA);
        await state.LoadAsync(turnB);
        await counter.SetAsync(turnA, 1);
        await counter.SetAsync(turnB, 1);

        await state.SaveChangesAsync(turnA);
        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(turnB));

        // Clearing the state ("restart") is an intended overwrite and must not conflict.
        await state.ClearStateAsync(turnA);
        await state.SaveChangesAsync(turnA);
        Assert.Equal(0, await counter.GetAsync(Turn(conversation)));
    }

    [Fact]
    public async Task Of_many_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var key = Key();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Count = 0 } });
        var etag = ((Note)(await Storage.ReadAsync([key]))[key]).ETag;

        var attempts = Enumerable.Range(1, 40).Select(async i =>
        {
            try
            {
                await Task.Yield();
                await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Count = i, ETag = etag } });
                return i;
            }
            catch (StorageConflictException)
            {
                return 0;
            }
        });
        var winners = (await Task.WhenAll(attempts)).Where(i => i > 0).ToList();

        var winner = Assert.Single(winners);
        Assert.Equal(winner, ((Note)(await Storage.ReadAsync([key]))[key]).Count);
    }
}
