using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace IqChatGuide.Bot.Storage.Sqlite;

/// <summary>
/// One SQLite file shared by state and cases. Connections are opened once (WAL, synchronous=NORMAL) and kept
/// with their prepared statements, because opening a connection and re-running PRAGMAs per operation
/// dominated the cost of a turn. SQLite allows one writer at a time, so writes take turns on one writer
/// connection (a short lock: the statements run synchronously in microseconds) instead of spinning on
/// SQLITE_BUSY; reads run in parallel on their own connections.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            etag TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS state_expires ON state(expires_at);
        CREATE TABLE IF NOT EXISTS cases (
            reference TEXT PRIMARY KEY,
            body TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS outbox (
            reference TEXT PRIMARY KEY,
            office_id TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            next_attempt_at INTEGER NOT NULL,
            last_error TEXT,
            delivered_at INTEGER
        );
        CREATE INDEX IF NOT EXISTS outbox_due ON outbox(next_attempt_at) WHERE delivered_at IS NULL;
        """;

    private readonly string _connectionString;
    private readonly ConcurrentBag<PreparedConnection> _readers = new();
    private readonly PreparedConnection _writer;
    private readonly Lock _writeLock = new();
    private readonly PreparedConnection _checkpointer;
    private readonly Timer _checkpointTimer;
    private readonly Lock _checkpointLock = new();

    public SqliteDatabase(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        builder.Pooling = false; // this class is the pool
        builder.DefaultTimeout = 5;
        _connectionString = builder.ToString();
        FilePath = builder.DataSource;

        _writer = Open();
        using var cmd = _writer.Connection.CreateCommand();
        // Checkpoints (copying the WAL into the database file, with an fsync) run on a timer on their own
        // connection, not inside a turn's commit where they would hold up every other writer.
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;" + Schema;
        cmd.ExecuteNonQuery();
        _checkpointer = Open();
        _checkpointTimer = new Timer(_ => Checkpoint(), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
    }

    private void Checkpoint()
    {
        if (!_checkpointLock.TryEnter()) return;
        try { _checkpointer.Execute("PRAGMA wal_checkpoint(PASSIVE)"); }
        catch (SqliteException) { /* busy or closing: the next tick tries again */ }
        catch (ObjectDisposedException) { }
        finally { _checkpointLock.Exit(); }
    }

    public string FilePath { get; }

    /// <summary>Runs <paramref name="work"/> on a reader connection.</summary>
    public T Read<T>(Func<PreparedConnection, T> work)
    {
        if (!_readers.TryTake(out var c)) c = Open();
        try { return work(c); }
        finally { _readers.Add(c); }
    }

    /// <summary>Runs <paramref name="work"/> on the single writer connection, after the writes queued before it.</summary>
    public Task<T> WriteAsync<T>(Func<PreparedConnection, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeLock) return Task.FromResult(work(_writer));
    }

    private PreparedConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var cmd = connection.CreateCommand();
        // synchronous=NORMAL is durable against process crashes in WAL mode; only a power cut can lose the last commits.
        cmd.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA temp_store=MEMORY;";
        cmd.ExecuteNonQuery();
        return new PreparedConnection(connection);
    }

    public void Dispose()
    {
        _checkpointTimer.Dispose();
        lock (_checkpointLock) _checkpointer.Dispose();
        lock (_writeLock) _writer.Dispose();
        while (_readers.TryTake(out var c)) c.Dispose();
    }
}

/// <summary>A connection with its statements prepared once and reused.</summary>
internal sealed class PreparedConnection(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>The prepared command for <paramref name="sql"/>; parameter names are taken from the SQL.</summary>
    public SqliteCommand Command(string sql, params string[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = Connection.CreateCommand();
            cmd.CommandText = sql;
            foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, null));
            cmd.Prepare();
            _commands[sql] = cmd;
        }
        return cmd;
    }

    public void Execute(string sql)
    {
        var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var c in _commands.Values) c.Dispose();
        Connection.Dispose();
    }
}
