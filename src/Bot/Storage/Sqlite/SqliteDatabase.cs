using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace IqChatGuide.Bot.Storage.Sqlite;

/// <summary>
/// One SQLite file shared by state and cases. Connections are opened once (WAL, synchronous=NORMAL) and kept
/// with their prepared statements, because opening a connection and re-running PRAGMAs per operation
/// dominated the cost of a turn. SQLite allows one writer at a time, so writes queue on an async gate instead
/// of spinning on SQLITE_BUSY; reads run in parallel on their own connections.
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
    private readonly SemaphoreSlim _writeGate = new(1, 1);

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
        cmd.CommandText = "PRAGMA journal_mode=WAL;" + Schema;
        cmd.ExecuteNonQuery();
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
    public async Task<T> WriteAsync<T>(Func<PreparedConnection, T> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try { return work(_writer); }
        finally { _writeGate.Release(); }
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
        _writer.Dispose();
        while (_readers.TryTake(out var c)) c.Dispose();
        _writeGate.Dispose();
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
