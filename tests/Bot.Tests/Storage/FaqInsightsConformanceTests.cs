using System.Net;
using System.Text.Json;
using IqChatGuide.Bot.Faq;
using IqChatGuide.Bot.Storage;
using IqChatGuide.Bot.Storage.Memory;
using IqChatGuide.Bot.Storage.Redis;
using IqChatGuide.Bot.Storage.Sqlite;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Faq;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

    /// <summary>The owner keys of two conversations, as the guide makes them.</summary>
    protected static readonly string OwnerA = FaqOwner.Of("webchat", "conversation-a")!;
    protected static readonly string OwnerB = FaqOwner.Of("webchat", "conversation-b")!;

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
        await insights.RecordAsync(AnsweredCosts, "how much does it cost", consented: false, owner: null, Ct);
        await insights.RecordAsync(AnsweredCosts, "what are the fees", consented: false, owner: null, Ct);
        await insights.RecordAsync(UnsureCosts, "money?", consented: false, owner: null, Ct);
        await insights.RecordAsync(UnansweredEn, "will it snow", consented: false, owner: null, Ct);
        await insights.RecordAsync(UnansweredEn, "football scores", consented: false, owner: null, Ct);
        await insights.RecordAsync(UnansweredDe, "Wetter morgen", consented: false, owner: null, Ct);
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
            ? insights.RecordAsync(UnansweredDe, "Frage " + i, consented: false, owner: null, Ct)
            : insights.RecordFeedbackAsync("costs", "de", helpful: true, Ct)));

        var report = await insights.SnapshotAsync(Ct);
        Assert.Equal(20, Row(report, "de", null)!.Unanswered);
        Assert.Equal(20, Row(report, "de", "costs")!.Helpful);
    }

    [Fact]
    public async Task A_consented_unsure_question_is_kept_while_a_non_consented_and_a_confident_one_are_only_counted()
    {
        var insights = Open();
        await insights.RecordAsync(UnsureCosts, "  money for the papers?  ", consented: true, OwnerA, Ct);
        await insights.RecordAsync(UnansweredDe, "Ich heiße Ana und wohne in Köln", consented: false, owner: null, Ct);
        await insights.RecordAsync(AnsweredCosts, "how much does it cost, I am Olena", consented: true, OwnerA, Ct);

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
        await insights.RecordAsync(UnansweredEn, "what about my cat?", consented: true, OwnerA, Ct);
        await insights.RecordAsync(UnansweredEn, "what about my cat?", consented: true, OwnerA, Ct);

        var kept = (await insights.SnapshotAsync(Ct)).KeptQuestions;
        Assert.Equal(2, kept.Count);
        Assert.All(kept, q => Assert.Equal(("en", null, "what about my cat?"), (q.Lang, q.Topic, q.Text)));
    }

    [Fact]
    public async Task A_long_kept_question_is_shortened()
    {
        var insights = Open();
        await insights.RecordAsync(UnansweredEn, new string('ä', 1000), consented: true, OwnerA, Ct);

        Assert.Equal(new string('ä', FaqOutcome.MaxKeptLength), Assert.Single((await insights.SnapshotAsync(Ct)).KeptQuestions).Text);
    }

    [Fact]
    public async Task Kept_texts_disappear_after_the_retention_and_the_counts_stay()
    {
        var insights = Open();
        await insights.RecordAsync(UnansweredEn, "first odd question", consented: true, OwnerA, Ct);
        Clock.Advance(TimeSpan.FromDays(10));
        await insights.RecordAsync(UnansweredEn, "second odd question", consented: true, OwnerA, Ct);

        Clock.Advance(FaqInsights.Retention - TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1));
        var report = await insights.SnapshotAsync(Ct);
        Assert.Equal(["second odd question"], report.KeptQuestions.Select(q => q.Text));
        Assert.Equal(2, Row(report, "en", null)!.Unanswered);

        Clock.Advance(TimeSpan.FromDays(10));
        await insights.RecordAsync(UnansweredEn, "third odd question", consented: true, OwnerA, Ct);
        Assert.Equal(["third odd question"], (await insights.SnapshotAsync(Ct)).KeptQuestions.Select(q => q.Text));
    }

    [Fact]
    public async Task More_than_the_cap_keeps_the_newest_questions_oldest_first()
    {
        var insights = Open();
        const int extra = 7;
        for (var i = 0; i < FaqInsights.MaxKeptQuestions + extra; i++)
        {
            await insights.RecordAsync(UnansweredEn, "odd question " + i, consented: true, OwnerA, Ct);
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
        await before.RecordAsync(UnsureCosts, "money for the papers?", consented: true, OwnerA, Ct);
        await before.RecordAsync(UnansweredDe, "Wetter morgen", consented: false, owner: null, Ct);
        await before.RecordFeedbackAsync("costs", "en", helpful: false, Ct);

        var after = await Open().SnapshotAsync(Ct);
        Assert.Equal(new FaqInsightRow("en", "costs", 0, 1, 0, 0, 1), Row(after, "en", "costs"));
        Assert.Equal(1, Row(after, "de", null)!.Unanswered);
        Assert.Equal(new FaqKeptQuestion("en", "costs", "money for the papers?", T0), Assert.Single(after.KeptQuestions));
    }

    [Fact]
    public async Task Forgetting_an_owner_removes_only_its_kept_texts_and_every_count_stays()
    {
        var insights = Open();
        await insights.RecordAsync(UnsureCosts, "money for the papers? I am Ana", consented: true, OwnerA, Ct);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await insights.RecordAsync(UnansweredEn, "what about my cat?", consented: true, OwnerB, Ct);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await insights.RecordAsync(UnansweredEn, "and my dog, Ana asks?", consented: true, OwnerA, Ct);
        await insights.RecordFeedbackAsync("costs", "en", helpful: false, Ct);
        var before = await insights.SnapshotAsync(Ct);
        Assert.Equal(3, before.KeptQuestions.Count);

        await insights.ForgetAsync(OwnerA, Ct);
        // Forgetting again, or an owner with nothing kept, is no error.
        await insights.ForgetAsync(OwnerA, Ct);
        await insights.ForgetAsync(FaqOwner.Of("webchat", "nobody")!, Ct);

        var after = await insights.SnapshotAsync(Ct);
        Assert.Equal(new FaqKeptQuestion("en", null, "what about my cat?", T0 + TimeSpan.FromSeconds(1)), Assert.Single(after.KeptQuestions));
        Assert.Equal(before.Rows, after.Rows);
        Assert.Equal(new FaqInsightRow("en", "costs", 0, 1, 0, 0, 1), Row(after, "en", "costs"));
        Assert.Equal(2, Row(after, "en", null)!.Unanswered);
    }

    [Fact]
    public async Task Forgotten_texts_stay_forgotten_after_a_restart()
    {
        Assert.SkipUnless(SurvivesRestart, "this provider keeps nothing across restarts");
        var before = Open();
        await before.RecordAsync(UnsureCosts, "money for the papers? I am Ana", consented: true, OwnerA, Ct);
        await before.RecordAsync(UnansweredEn, "what about my cat?", consented: true, OwnerB, Ct);
        await before.ForgetAsync(OwnerA, Ct);

        var after = await Open().SnapshotAsync(Ct);
        Assert.Equal(["what about my cat?"], after.KeptQuestions.Select(q => q.Text));
        Assert.Equal(1, Row(after, "en", "costs")!.LowConfidence);

        // And forgetting on the new instance reaches the texts kept by the old one.
        await Open().ForgetAsync(OwnerB, Ct);
        Assert.Empty((await Open().SnapshotAsync(Ct)).KeptQuestions);
    }

    [Fact]
    public async Task The_operator_report_never_shows_the_owner_key()
    {
        await using var host = new BotHost(new() { ["Storage:Provider"] = "Memory", ["Faq:OperatorKey"] = ReportKey });
        await using var reporting = host.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.RemoveAll<IFaqInsights>();
            services.AddSingleton(Open());
        }));
        var insights = reporting.Services.GetRequiredService<IFaqInsights>();
        await insights.RecordAsync(UnsureCosts, "money for the papers?", consented: true, OwnerA, Ct);
        await insights.RecordAsync(UnansweredEn, "what about my cat?", consented: true, OwnerB, Ct);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/faq/unanswered");
        request.Headers.Add(FaqEndpoints.OperatorKeyHeader, ReportKey);
        using var response = await reporting.CreateClient().SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("what about my cat?", body);
        Assert.Equal(2, JsonDocument.Parse(body).RootElement.GetProperty("keptQuestions").GetArrayLength());
        Assert.DoesNotContain(OwnerA, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(OwnerB, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("owner", body, StringComparison.OrdinalIgnoreCase);

        // Nor does the report object itself, however it is serialized.
        var report = JsonSerializer.Serialize(await insights.SnapshotAsync(Ct));
        Assert.DoesNotContain(OwnerA, report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("owner", report, StringComparison.OrdinalIgnoreCase);
    }

    private const string ReportKey = "conformance-operator-key";

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
        await backend.Insights.RecordAsync(UnansweredEn, "odd question", consented: true, OwnerA, Ct);
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
        await backend.Insights.RecordAsync(UnansweredEn, "odd question", consented: true, OwnerA, Ct);
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
            await insights.RecordAsync(UnansweredEn, "odd question " + i, consented: true, OwnerA, Ct);

        Assert.Equal(FaqInsights.MaxKeptQuestions, StoredTexts());
    }

    [Fact]
    public async Task A_file_from_before_owners_gets_the_owner_column_and_its_index_and_keeps_its_texts()
    {
        // faq_kept as the previous version made it, with one kept text.
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_dir, "insights.db")}"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = $"""
                CREATE TABLE faq_kept (id INTEGER PRIMARY KEY AUTOINCREMENT, lang TEXT NOT NULL, topic TEXT NOT NULL, text TEXT NOT NULL, asked_at INTEGER NOT NULL);
                CREATE INDEX faq_kept_asked ON faq_kept(asked_at);
                INSERT INTO faq_kept (lang, topic, text, asked_at) VALUES ('de', '', 'eine alte Frage', {Clock.GetUtcNow().ToUnixTimeMilliseconds()});
                """;
            create.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var insights = Open();
        await insights.RecordAsync(UnansweredEn, "what about my cat?", consented: true, OwnerA, Ct);
        Assert.Equal(["eine alte Frage", "what about my cat?"], (await insights.SnapshotAsync(Ct)).KeptQuestions.Select(q => q.Text));
        await insights.ForgetAsync(OwnerA, Ct);
        Assert.Equal(["eine alte Frage"], (await insights.SnapshotAsync(Ct)).KeptQuestions.Select(q => q.Text));

        using var db = new SqliteDatabase("Data Source=insights.db", _dir);
        Assert.Equal(1L, db.Read(c => (long)c.Command("SELECT COUNT(*) FROM pragma_table_info('faq_kept') WHERE name = 'owner'").ExecuteScalar()!));
        Assert.Equal(1L, db.Read(c => (long)c.Command("SELECT COUNT(*) FROM pragma_index_list('faq_kept') WHERE name = 'faq_kept_owner'").ExecuteScalar()!));
    }

    [Fact]
    public async Task The_file_holds_the_owner_key_with_the_text_and_never_the_conversation_id()
    {
        var insights = Open();
        await insights.RecordAsync(UnansweredEn, "what about my cat?", consented: true, FaqOwner.Of("webchat", "conv-7f3e91"), Ct);

        using var db = new SqliteDatabase("Data Source=insights.db", _dir);
        var row = db.Read(c =>
        {
            using var reader = c.Command("SELECT * FROM faq_kept").ExecuteReader();
            Assert.True(reader.Read());
            return string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString()));
        });
        Assert.Contains(FaqOwner.Of("webchat", "conv-7f3e91")!, row);
        Assert.DoesNotContain("conv-7f3e91", row);
        Assert.DoesNotContain("webchat", row);
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
        await insights.RecordAsync(UnsureCosts, "money for the papers?", consented: true, OwnerA, Ct);
        await insights.RecordFeedbackAsync("costs", "en", helpful: true, Ct);
        await insights.RecordAsync(UnansweredDe, "Wetter morgen", consented: false, owner: null, Ct);

        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Require().ConnectionString);
        var db = mux.GetDatabase();
        var counts = (await db.HashGetAllAsync(_prefix + "faq:counts")).ToDictionary(e => e.Name.ToString(), e => (long)e.Value);
        Assert.Equal(new Dictionary<string, long> { ["en|costs|lowConfidence"] = 1, ["en|costs|helpful"] = 1, ["de||unanswered"] = 1 }, counts);
        Assert.Equal(1, await db.SortedSetLengthAsync(_prefix + "faq:kept"));
        Assert.InRange((await db.KeyTimeToLiveAsync(_prefix + "faq:kept"))!.Value.TotalDays, 29.9, 30);

        Clock.Advance(FaqInsights.Retention + TimeSpan.FromMinutes(1));
        await insights.RecordAsync(UnansweredEn, "a new odd question", consented: true, OwnerA, Ct);
        var members = await db.SortedSetRangeByRankAsync(_prefix + "faq:kept");
        Assert.Contains("a new odd question", Assert.Single(members).ToString());
    }

    [Fact]
    public async Task A_kept_member_carries_the_owner_key_and_never_the_conversation_id_and_forgetting_leaves_older_members_without_one()
    {
        var insights = Open();
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Require().ConnectionString);
        var db = mux.GetDatabase();
        // A member as the previous version wrote it, without an owner.
        await db.SortedSetAddAsync(_prefix + "faq:kept", """{"id":"old1","lang":"de","topic":null,"text":"eine alte Frage"}""", Clock.GetUtcNow().ToUnixTimeMilliseconds());
        await insights.RecordAsync(UnansweredEn, "what about my cat?", consented: true, FaqOwner.Of("webchat", "conv-7f3e91"), Ct);

        var member = (await db.SortedSetRangeByRankAsync(_prefix + "faq:kept")).Select(m => m.ToString()).Single(m => m.Contains("cat", StringComparison.Ordinal));
        Assert.Contains(FaqOwner.Of("webchat", "conv-7f3e91")!, member);
        Assert.DoesNotContain("conv-7f3e91", member);

        await insights.ForgetAsync(FaqOwner.Of("webchat", "conv-7f3e91")!, Ct);
        Assert.Equal(["eine alte Frage"], (await insights.SnapshotAsync(Ct)).KeptQuestions.Select(q => q.Text));
    }
}
