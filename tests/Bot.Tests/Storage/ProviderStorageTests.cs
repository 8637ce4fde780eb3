using IqChatGuide.Bot.Storage.Memory;
using IqChatGuide.Bot.Storage.Redis;
using IqChatGuide.Bot.Storage.Sqlite;
using IqChatGuide.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Tests.Storage;

public sealed class MemoryStorageTests : StorageConformanceTests
{
    protected override IStorage Create(TimeSpan retention, ManualClock clock) => new MemoryStateStorage(clock, retention);

    protected override Task LetTimePassAsync(ManualClock clock, TimeSpan by)
    {
        clock.Advance(by);
        return Task.CompletedTask;
    }
}

public sealed class SqliteStorageTests : StorageConformanceTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("iqcg-sqlite-").FullName;
    private readonly List<SqliteDatabase> _dbs = [];

    protected override IStorage Create(TimeSpan retention, ManualClock clock)
    {
        var db = new SqliteDatabase("Data Source=state.db", _dir);
        _dbs.Add(db);
        return new SqliteStateStorage(db, clock, retention);
    }

    protected override Task LetTimePassAsync(ManualClock clock, TimeSpan by)
    {
        clock.Advance(by);
        return Task.CompletedTask;
    }

    [Fact]
    public void The_database_file_is_created_in_a_new_folder_with_write_ahead_logging()
    {
        var db = new SqliteDatabase("Data Source=nested/folder/bot.db", _dir);
        _dbs.Add(db);
        Assert.True(File.Exists(Path.Combine(_dir, "nested", "folder", "bot.db")));
        Assert.Equal("wal", db.Read(c => (string)c.Command("PRAGMA journal_mode").ExecuteScalar()!));
    }

    public void Dispose()
    {
        foreach (var db in _dbs) db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

public sealed class RedisStorageTests(RedisServerFixture redis) : StorageConformanceTests, IAsyncDisposable
{
    private readonly List<RedisConnection> _connections = [];

    protected override TimeSpan ShortRetention => TimeSpan.FromSeconds(1);

    protected override IStorage Create(TimeSpan retention, ManualClock clock)
    {
        var connection = new RedisConnection(redis.Require().ConnectionString);
        _connections.Add(connection);
        return new RedisStateStorage(connection, redis.NewPrefix(), retention);
    }

    // Redis expires keys on its own clock.
    protected override Task LetTimePassAsync(ManualClock clock, TimeSpan by) => Task.Delay(by);

    public async ValueTask DisposeAsync()
    {
        foreach (var c in _connections) await c.DisposeAsync();
    }
}
