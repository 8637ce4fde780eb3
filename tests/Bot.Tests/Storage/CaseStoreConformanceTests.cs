using IqChatGuide.Bot.Storage.Memory;
using IqChatGuide.Bot.Storage.Redis;
using IqChatGuide.Bot.Storage.Sqlite;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Bot.Tests.Storage;

/// <summary>What an office relies on: a case is written once, its delivery stays pending until acknowledged, and a person can delete it.</summary>
public abstract class CaseStoreConformanceTests
{
    /// <summary>A store; calling it again gives a new instance on the same data (a restarted process) where the provider keeps data.</summary>
    protected abstract (ICaseStore Cases, ICaseOutbox Outbox) Open();

    protected virtual bool SurvivesRestart => true;

    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    protected static GuidanceCase NewCase(string? reference = null, DateTimeOffset? at = null) => new()
    {
        Reference = reference ?? "IQ-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
        CreatedAt = at ?? T0,
        Language = "uk",
        OfficeId = "iq-be-1",
        AdditionalOfficeIds = ["zab"],
        Answers = new CaseAnswers
        {
            Consent = true, QualificationName = "Медична сестра", QualificationType = "vocational", DurationYears = 3,
            QualificationCountry = "UA", QualificationYear = 2015, InGermany = true, PostalCode = "10115", StateCode = "DE-BE",
            GermanLevel = "B1", Goal = "work", ContactChannel = "email", ContactDetails = "olena@example.org", ContactConsent = true,
            Documents = ["certificates", "translations"], QuestionsAsked = ["costs"],
        },
        Assessment = new PreliminaryAssessment("Pflegefachfrau/Pflegefachmann", true, "Landesbehörde für Gesundheitsberufe"),
        ChannelId = "webchat",
        ConversationId = "c1",
        TranscriptConsent = true,
    };

    [Fact]
    public async Task A_created_case_reads_back_complete()
    {
        var (cases, _) = Open();
        var created = NewCase();
        await cases.CreateAsync(created);

        var read = await cases.GetAsync(created.Reference);
        Assert.NotNull(read);
        Assert.Equal(created.Reference, read.Reference);
        Assert.Equal(created.CreatedAt, read.CreatedAt);
        Assert.Equal("iq-be-1", read.OfficeId);
        Assert.Equal(["zab"], read.AdditionalOfficeIds);
        Assert.Equal("Медична сестра", read.Answers.QualificationName);
        Assert.Equal("olena@example.org", read.Answers.ContactDetails);
        Assert.Equal(["certificates", "translations"], read.Answers.Documents);
        Assert.Equal(2015, read.Answers.QualificationYear);
        Assert.Equal("Pflegefachfrau/Pflegefachmann", read.Assessment?.ReferenceOccupation);
        Assert.Equal(GuidanceCase.CurrentSchemaVersion, read.SchemaVersion);
    }

    [Fact]
    public async Task A_case_is_written_once()
    {
        var (cases, _) = Open();
        var first = NewCase();
        await cases.CreateAsync(first);
        await Assert.ThrowsAsync<CaseAlreadyExistsException>(() => cases.CreateAsync(first with { OfficeId = "other" }));
        Assert.Equal("iq-be-1", (await cases.GetAsync(first.Reference))!.OfficeId);
    }

    [Fact]
    public async Task A_new_case_is_pending_delivery_to_its_office_until_marked_delivered()
    {
        var (cases, outbox) = Open();
        var c = NewCase(at: T0);
        await cases.CreateAsync(c);

        var due = await outbox.GetDueAsync(T0.AddSeconds(1), 1000);
        var pending = Assert.Single(due, d => d.Reference == c.Reference);
        Assert.Equal("iq-be-1", pending.OfficeId);
        Assert.Equal(0, pending.Attempts);
        Assert.Null(pending.DeliveredAt);

        await outbox.MarkDeliveredAsync(c.Reference, T0.AddMinutes(1));
        Assert.DoesNotContain(await outbox.GetDueAsync(T0.AddDays(1), 1000), d => d.Reference == c.Reference);
        Assert.Equal(T0.AddMinutes(1), (await outbox.GetAsync(c.Reference))!.DeliveredAt);
        Assert.NotNull(await cases.GetAsync(c.Reference));
    }

    [Fact]
    public async Task A_failed_delivery_is_counted_and_retried_at_the_scheduled_time()
    {
        var (cases, outbox) = Open();
        var c = NewCase(at: T0);
        await cases.CreateAsync(c);

        await outbox.RecordFailedAttemptAsync(c.Reference, "HTTP 503", T0.AddMinutes(5));
        Assert.DoesNotContain(await outbox.GetDueAsync(T0.AddMinutes(4), 1000), d => d.Reference == c.Reference);
        var retry = Assert.Single(await outbox.GetDueAsync(T0.AddMinutes(5), 1000), d => d.Reference == c.Reference);
        Assert.Equal(1, retry.Attempts);
        Assert.Equal("HTTP 503", retry.LastError);
    }

    [Fact]
    public async Task Deleting_a_case_removes_it_and_its_delivery()
    {
        var (cases, outbox) = Open();
        var c = NewCase();
        await cases.CreateAsync(c);

        Assert.True(await cases.DeleteAsync(c.Reference));
        Assert.Null(await cases.GetAsync(c.Reference));
        Assert.Null(await outbox.GetAsync(c.Reference));
        Assert.DoesNotContain(await outbox.GetDueAsync(T0.AddYears(1), 1000), d => d.Reference == c.Reference);
        Assert.False(await cases.DeleteAsync(c.Reference));
    }

    [Fact]
    public async Task A_case_created_just_before_the_process_died_is_still_delivered_after_a_restart()
    {
        Assert.SkipUnless(SurvivesRestart, "this provider keeps nothing across restarts");
        var (cases, _) = Open();
        var c = NewCase(at: T0);
        await cases.CreateAsync(c);

        var (_, outboxAfterRestart) = Open();
        Assert.Contains(await outboxAfterRestart.GetDueAsync(T0.AddSeconds(1), 1000), d => d.Reference == c.Reference);
    }
}

public sealed class MemoryCaseStoreTests : CaseStoreConformanceTests
{
    private readonly MemoryCaseStore _store = new(TimeSpan.FromDays(180));
    protected override bool SurvivesRestart => false;
    protected override (ICaseStore, ICaseOutbox) Open() => (_store, _store);
}

public sealed class SqliteCaseStoreTests : CaseStoreConformanceTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("iqcg-cases-").FullName;
    private readonly List<SqliteDatabase> _dbs = [];

    protected override (ICaseStore, ICaseOutbox) Open()
    {
        var db = new SqliteDatabase("Data Source=cases.db", _dir);
        _dbs.Add(db);
        var store = new SqliteCaseStore(db);
        return (store, store);
    }

    public void Dispose()
    {
        foreach (var db in _dbs) db.Dispose();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

public sealed class RedisCaseStoreTests(RedisServerFixture redis) : CaseStoreConformanceTests, IAsyncDisposable
{
    private readonly string _prefix = redis.NewPrefix();
    private readonly List<RedisConnection> _connections = [];

    protected override (ICaseStore, ICaseOutbox) Open()
    {
        var connection = new RedisConnection(redis.Require().ConnectionString);
        _connections.Add(connection);
        var store = new RedisCaseStore(connection, _prefix, TimeSpan.FromDays(180));
        return (store, store);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var c in _connections) await c.DisposeAsync();
    }
}
