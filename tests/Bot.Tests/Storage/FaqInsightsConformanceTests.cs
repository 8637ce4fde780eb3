using IqChatGuide.Bot.Storage;
using IqChatGuide.Bot.Storage.Memory;
using IqChatGuide.Bot.Storage.Redis;
using IqChatGuide.Bot.Storage.Sqlite;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Faq;
using StackExchange.Redis;

namespace IqChatGuide.Bot.Tests.Storage;

/// <summary>
/// What operators rely on in every storage provider: counts per language and topic add up, a question's text is
/// kept only with consent and only when the answer was unsure, kept texts expire and are capped, and (where the
/// provider keeps data) a restart loses nothing. Each test goes through <see cref="StorageBackend.Insights"/>.
/// </summary>
public abstract class FaqInsightsConformanceTests : IAsyncDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    protected static readonly FaqResult AnsweredCosts = new("en", "costs", 0.8, "It costs …", []);
    protected static readonly FaqResult UnsureCosts = new("en", null, 0.3, null, [new FaqSuggestion("costs", "Costs", 0.3), new FaqSuggestion("funding", "Funding", 0.25)]);
    protected static readonly FaqResult UnansweredEn = new("en", null, 0.05, null, []);
    protected static readonly FaqResult UnansweredDe = new("de", null, 0.05, null, []);

    private readonly List<StorageBackend> _backends = [];

    protected ManualClock Clock { get; } = new(T0);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A backend of the provider; calling it again gives a new instance on the same data (a restart) where the provider keeps data.</summary>
    protected abstract StorageBackend CreateBackend();

    protected virtual bool SurvivesRestart => true;

    protected StorageBackend OpenBackend()
    {
        var backend = CreateBackend();
        _backends.Add(backend);
        return backend;
    }

    protected IFaqInsights Open() => OpenBackend().Insights;

    private static FaqInsightRow? Row(FaqInsightsReport report, string lang, string? topic) =>
        report.Rows.SingleOrDefault(r => r.Lang == lang && r.Topic == topic);

    [Fact]
    public async Task Counts_per_language_and_topic_add_up_and_questions_without_a_topic_are_counted_apart()
    {
        var insights = Open();
        await insights.RecordAsync(AnsweredCosts, "how much does it cost", consented: false, Ct);
        await insights.RecordAsync(AnsweredCosts, "what are the fees", consented: false, Ct);
        await insights.RecordAsync(UnsureCosts, "money?", consented: false, Ct);
        await insights.RecordAsync(UnansweredEn, "will it snow", consented: false, Ct);
        await insights.RecordAsync(UnansweredEn, "football scores", consented: false, Ct);
        await insights.RecordAsync(UnansweredDe, "Wetter morgen", consented: false, Ct);
        await insights.RecordFeedbackAsync("costs", "en", helpful: true, Ct);
        await insights.RecordFeedbackAsync("costs", "en", helpful: true, Ct);
        await insights.RecordFeedbackAsync("costs", "en", helpful: false, Ct);
        await insights.RecordFeedbackAsync("costs", "de", helpful: false, Ct);

        var report = await insights.SnapshotAsync(Ct);
        Assert.Equal(new FaqInsightRow("en", "costs", 2, 1, 0, 2, 1), Row(report, "en", "costs"));
        Assert.Equal(new FaqInsightRow("en", null, 0, 0, 2, 0, 0), Row(report, "en", null));
        Assert.Equal(new FaqInsightRow("de", null, 0, 0, 1, 0, 0), Row(report, "de", null));
        Assert.Equal(new FaqInsightRow("de", "costs", 0, 0, 0, 0, 1), Row(report, "de", "costs"));
        Assert.Equal(4, report.Rows.Count);
        Assert.Empty(report.KeptQuestions);
        // Most unanswered and unsure first.
        Assert.Equal(("en", null), (report.Rows[0].Lang, report.Rows[0].Topic));
    }

    [Fact]
    public async Task Counts_from_many_questions_at_once_are_not_lost()
    {
        var insights = Open();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? insights.RecordAsync(UnansweredDe, "Frage " + i, consented: false, Ct)
            : insights.RecordFeedbackAsync("costs", "de", helpful: true, Ct)));

        var report = await insights.SnapshotAsync(Ct);
        Assert.Equal(20, Row(report, "de", null)!.Unanswered);
        Assert.Equal(20, Row(report, "de", "costs")!.Helpful);
    }

    [Fact]
    public async Task A_consented_unsure_question_is_kept_while_a_non_consented_and_a_confident_one_are_only_counted()
    {
        var insights = Open();
        await insights.RecordAsync(UnsureCosts, "  money for the papers?  ", consented: true, Ct);
        await insights.RecordAsync(UnansweredDe, "Ich heiße Ana und wohne in Köln", consented: false, Ct);
        await insights.RecordAsync(AnsweredCosts, "how much does it cost, I am Olena", consented: true, Ct);

        var report = await insights.SnapshotAsync(Ct);
        var kept = Assert.Single(report.KeptQuestions);
        Assert.Equal(new FaqKeptQuestion("en", "costs", "money for the papers?", T0), kept);
        Assert.Equal(1, Row(report, "de", null)!.Unanswered);
        Assert.Equal((1, 1), (Row(report, "en", "costs")!.Answered, Row(report, "en", "costs")!.LowConfidence));
    }

    [Fact]
    public async Task The_same_words_asked_twice_are_two_kept_questions_and_a_kept_text_without_a_topic_stays_without_one()
    {
        var insights = Open();
        await insights.RecordAsync(UnansweredEn, "what about my cat?", consented: true, Ct);
        await insights.RecordAsync(UnansweredEn, "what about my cat?", consented: true, Ct);

        var kept = (await insights.SnapshotAsync(Ct)).KeptQuestions;
        Assert.Equal(2, kept.Count);
        Assert.All(kept, q => Assert.Equal(("en", null, "what about my cat?"), (q.Lang, q.Topic, q.Text)));
    }

    [Fact]
    public async Task A_long_kept_question_is_shortened()
    {
        var insights = Open();
        await insights.RecordAsync(UnansweredEn, new string('ä', 1000), consented: true, Ct);

        Assert.Equal(new string('ä', FaqOutcome.MaxKeptLength), Assert.Single((await insights.SnapshotAsync(Ct)).KeptQuestions).Text);
    }

    [Fact]
    public async Task Kept_texts_disappear_after_the_retention_and_the_counts_stay()
    {
        var insights = Open();
        await insights.RecordAsync(UnansweredEn, "first odd question", consented: true, Ct);
        Clock.Advance(TimeSpan.FromDays(10));
        await insights.RecordAsync(UnansweredEn, "second odd question", consented: true, Ct);

        Clock.Advance(FaqInsights.Retention - TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1));
        var report = await insights.SnapshotAsync(Ct);
        Assert.Equal(["second odd question"], report.KeptQuestions.Select(q => q.Text));
        Assert.Equal(2, Row(report, "en", null)!.Unanswered);

        Clock.Advance(TimeSpan.FromDays(10));
        await insights.RecordAsync(UnansweredEn, "third odd question", consented: true, Ct);
        Assert.Equal(["third odd question"], (await insights.SnapshotAsync(Ct)).KeptQuestions.Select(q => q.Text));
    }

    [Fact]
    public async Task More_than_the_cap_keeps_the_newest_questions_oldest_first()
    {
        var insights = Open();
        const int extra = 7;
        for (var i = 0; i < FaqInsights.MaxKeptQuestions + extra; i++)
        {
            await insights.RecordAsync(UnansweredEn, "odd question " + i, consented: true, Ct);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var report = await insights.SnapshotAsync(Ct);
        Assert.Equal(FaqInsights.MaxKeptQuestions, report.KeptQuestions.Count);
        Assert.Equal("odd question " + extra, report.KeptQuestions[0].Text);
        Assert.Equal("odd question " + (FaqInsights.MaxKeptQuestions + extra - 1), report.KeptQuestions[^1].Text);
        Assert.Equal(FaqInsights.MaxKeptQuestions + extra, Row(report, "en", null)!.Unanswered);
    }

    [Fact]
    public async Task Feedback_without_a_topic_or_a_language_is_ignored()
    {
        var insights = Open();
        await insights.RecordFeedbackAsync("", "en", helpful: true, Ct);
        await insights.RecordFeedbackAsync("costs", " ", helpful: false, Ct);

        Assert.Empty((await insights.SnapshotAsync(Ct)).Rows);
    }

    [Fact]
    public async Task After_a_restart_the_counts_and_the_kept_texts_are_still_there()
    {
        Assert.SkipUnless(SurvivesRestart, "this provider keeps nothing across restarts");
        var before = Open();
        await before.RecordAsync(UnsureCosts, "money for the papers?", consented: true, Ct);
        await before.RecordAsync(UnansweredDe, "Wetter morgen", consented: false, Ct);
        await before.RecordFeedbackAsync("costs", "en", helpful: false, Ct);

        var after = await Open().SnapshotAsync(Ct);
        Assert.Equal(new FaqInsightRow("en", "costs", 0, 1, 0, 0, 1), Row(after, "en", "costs"));
        Assert.Equal(1, Row(after, "de", null)!.Unanswered);
        Assert.Equal(new FaqKeptQuestion("en", "costs", "money for the papers?", T0), Assert.Single(after.KeptQuestions));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var backend in _backends) await backend.DisposeAsync();
        await DisposeMoreAsync();
        GC.SuppressFinalize(this);
    }

    protected virtual ValueTask DisposeMoreAsync() => ValueTask.CompletedTask;
}

public sealed class MemoryFaqInsightsTests : FaqInsightsConformanceTests
{
    private StorageBackend? _backend;

    protected override bool SurvivesRestart => false;

    // One process: every "open" is the same backend.
    protected override StorageBackend CreateBackend() => _backend ??= new MemoryBackend(Clock, new RetentionOptions());

    [Fact]
    public async Task The_clean_up_drops_expired_texts_from_memory()
    {
        var backend = OpenBackend();
        await backend.Insights.RecordAsync(UnansweredEn, "odd question", consented: true, Ct);
        Clock.Advance(FaqInsights.Retention + TimeSpan.FromMinutes(1));
        await backend.CleanupAsync(Clock.GetUtcNow(), Ct);

        Clock.Advance(-FaqInsights.Retention);
        Assert.Empty((await backend.Insights.SnapshotAsync(Ct)).KeptQuestions);
    }
}

public sealed class SqliteFaqInsightsTests : FaqInsightsConformanceTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("iqcg-insights-").FullName;

    protected override StorageBackend CreateBackend() => new SqliteBackend("Data Source=insights.db", _dir, Clock, new RetentionOptions());

    private long StoredTexts()
    {
        using var db = new SqliteDatabase("Data Source=insights.db", _dir);
        return db.Read(c => (long)c.Command("SELECT COUNT(*) FROM faq_kept").ExecuteScalar()!);
    }

    [Fact]
    public async Task Expired_texts_are_deleted_from_the_file_by_the_clean_up_not_only_hidden()
    {
        var backend = OpenBackend();
        await backend.Insights.RecordAsync(UnansweredEn, "odd question", consented: true, Ct);
        Assert.Equal(1, StoredTexts());

        Clock.Advance(FaqInsights.Retention + TimeSpan.FromMinutes(1));
        await backend.CleanupAsync(Clock.GetUtcNow(), Ct);
        Assert.Equal(0, StoredTexts());
        Assert.Equal(1, (await backend.Insights.SnapshotAsync(Ct)).Rows.Single().Unanswered);
    }

    [Fact]
    public async Task The_file_never_holds_more_texts_than_the_cap()
    {
        var insights = Open();
        for (var i = 0; i < FaqInsights.MaxKeptQuestions + 3; i++)
            await insights.RecordAsync(UnansweredEn, "odd question " + i, consented: true, Ct);

        Assert.Equal(FaqInsights.MaxKeptQuestions, StoredTexts());
    }

    protected override ValueTask DisposeMoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}

public sealed class RedisFaqInsightsTests(RedisServerFixture redis) : FaqInsightsConformanceTests
{
    private readonly string _prefix = redis.NewPrefix();

    protected override StorageBackend CreateBackend() => new RedisBackend(redis.Require().ConnectionString, _prefix, Clock, new RetentionOptions());

    [Fact]
    public async Task Counts_are_one_hash_and_kept_texts_one_sorted_set_that_is_trimmed_on_write_and_expires_as_a_whole()
    {
        var insights = Open();
        await insights.RecordAsync(UnsureCosts, "money for the papers?", consented: true, Ct);
        await insights.RecordFeedbackAsync("costs", "en", helpful: true, Ct);
        await insights.RecordAsync(UnansweredDe, "Wetter morgen", consented: false, Ct);

        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Require().ConnectionString);
        var db = mux.GetDatabase();
        var counts = (await db.HashGetAllAsync(_prefix + "faq:counts")).ToDictionary(e => e.Name.ToString(), e => (long)e.Value);
        Assert.Equal(new Dictionary<string, long> { ["en|costs|lowConfidence"] = 1, ["en|costs|helpful"] = 1, ["de||unanswered"] = 1 }, counts);
        Assert.Equal(1, await db.SortedSetLengthAsync(_prefix + "faq:kept"));
        Assert.InRange((await db.KeyTimeToLiveAsync(_prefix + "faq:kept"))!.Value.TotalDays, 29.9, 30);

        Clock.Advance(FaqInsights.Retention + TimeSpan.FromMinutes(1));
        await insights.RecordAsync(UnansweredEn, "a new odd question", consented: true, Ct);
        var members = await db.SortedSetRangeByRankAsync(_prefix + "faq:kept");
        Assert.Contains("a new odd question", Assert.Single(members).ToString());
    }
}
