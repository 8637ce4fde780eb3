using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace IqChatGuide.Bot.Storage.Sqlite;

/// <summary>
/// One SQLite file shared by state, cases and FAQ insights. Connections are opened once (WAL, synchronous=NORMAL) and kept
/// with their prepared statements, because opening a connection and re-running PRAGMAs per operation
/// dominated the cost of a turn. SQLite allows one writer at a time, so writes are queued to one writer
/// connection that commits whatever has queued up in one transaction (group commit), each write in its own
/// savepoint so a failed write (an ETag conflict) is undone alone. Callers never block a thread waiting for
/// the writer, and a busy moment costs one commit instead of one per turn. Reads run in parallel on their own
/// connections.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            etag TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        );
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
        CREATE TABLE IF NOT EXISTS faq_counts (
            lang TEXT NOT NULL,
            topic TEXT NOT NULL,
            answered INTEGER NOT NULL DEFAULT 0,
            low_confidence INTEGER NOT NULL DEFAULT 0,
            unanswered INTEGER NOT NULL DEFAULT 0,
            helpful INTEGER NOT NULL DEFAULT 0,
            not_helpful INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (lang, topic)
        );
        CREATE TABLE IF NOT EXISTS faq_kept (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            lang TEXT NOT NULL,
            topic TEXT NOT NULL,
            text TEXT NOT NULL,
            asked_at INTEGER NOT NULL,
            owner TEXT
        );
        CREATE INDEX IF NOT EXISTS faq_kept_asked ON faq_kept(asked_at);
        """;

    // Columns added after a table was first released: CREATE TABLE IF NOT EXISTS leaves the table of an existing
    // file as it is, so these are added where missing, and their indexes made once the column exists.
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("faq_kept", "owner", "TEXT"),
    ];

    private const string AddedIndexes = """
        CREATE INDEX IF NOT EXISTS faq_kept_owner ON faq_kept(owner);
        """;

    private readonly string _connectionString;
    private readonly ConcurrentBag<PreparedConnection> _readers = new();
    private readonly PreparedConnection _writer;
    private readonly BlockingCollection<IWrite> _writes = new(new ConcurrentQueue<IWrite>());
    private readonly Thread _writerLoop;
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
        Migrate(_writer.Connection);
        _checkpointer = Open();
        _checkpointTimer = new Timer(_ => Checkpoint(), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        // The writer has a thread of its own, woken directly when a write arrives: every turn waits for its
        // commit, and on a busy thread pool a writer queued behind the very requests that wait for it would add
        // their latency to each commit.
        _writerLoop = new Thread(WriteLoop) { IsBackground = true, Name = "SQLite writer" };
        _writerLoop.Start();
    }

    /// <summary>Brings the tables of a file made by an older version up to <see cref="Schema"/>, in one transaction
    /// so that two processes opening the same old file do not both add a column.</summary>
    private static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var (table, column, definition) in AddedColumns)
        {
            if (HasColumn(connection, transaction, table, column)) continue;
            using var alter = connection.CreateCommand();
            alter.Transaction = transaction;
            alter.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
            alter.ExecuteNonQuery();
        }
        using var indexes = connection.CreateCommand();
        indexes.Transaction = transaction;
        indexes.CommandText = AddedIndexes;
        indexes.ExecuteNonQuery();
        transaction.Commit();
    }

    private static bool HasColumn(SqliteConnection connection, SqliteTransaction transaction, string table, string column)
    {
        using var info = connection.CreateCommand();
        info.Transaction = transaction;
        info.CommandText = $"SELECT 1 FROM pragma_table_info('{table}') WHERE name = $column";
        info.Parameters.AddWithValue("$column", column);
        return info.ExecuteScalar() is not null;
    }

    private interface IWrite
    {
        bool Failed { get; }
        void Run(PreparedConnection connection, bool isolated);
        void Fail(Exception exception);
        void Complete();
    }

    private sealed class Write<T>(Func<PreparedConnection, T> work) : IWrite
    {
        private T _result = default!;
        private Exception? _error;
        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Failed => _error is not null;

        public void Run(PreparedConnection connection, bool isolated)
        {
            if (!isolated)
            {
                try { _result = work(connection); }
                catch (Exception ex) { _error = ex; }
                return;
            }
            connection.Execute("SAVEPOINT w");
            try
            {
                _result = work(connection);
                connection.Execute("RELEASE w");
            }
            catch (Exception ex)
            {
                connection.Execute("ROLLBACK TO w");
                connection.Execute("RELEASE w");
                _error = ex;
            }
        }

        public void Fail(Exception exception) => Done.TrySetException(exception);

        // Called after COMMIT: only then is the write durable and may the caller go on.
        public void Complete()
        {
            if (_error is not null) Done.TrySetException(_error);
            else Done.TrySetResult(_result);
        }
    }

    private void WriteLoop()
    {
        var batch = new List<IWrite>(64);
        while (_writes.TryTake(out var first, Timeout.Infinite))
        {
            batch.Add(first);
            while (batch.Count < 256 && _writes.TryTake(out var w)) batch.Add(w);
            try
            {
                // A write alone in its transaction needs no savepoint of its own: if it fails, the whole
                // transaction is rolled back instead of committed.
                var alone = batch.Count == 1;
                _writer.Execute("BEGIN IMMEDIATE");
                foreach (var w in batch) w.Run(_writer, isolated: !alone);
                _writer.Execute(alone && batch[0].Failed ? "ROLLBACK" : "COMMIT");
                foreach (var w in batch) w.Complete();
            }
            catch (Exception ex)
            {
                try { if (!_writer.Connection.AutoCommitOn()) _writer.Execute("ROLLBACK"); }
                catch (SqliteException) { /* the connection reports the original failure */ }
                foreach (var w in batch) w.Fail(ex);
            }
            batch.Clear();
        }
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

    /// <summary>
    /// Runs <paramref name="work"/> on the writer connection inside a transaction, after the writes queued
    /// before it; completes once committed. An exception thrown by <paramref name="work"/> undoes its changes.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<PreparedConnection, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var write = new Write<T>(work);
        try { _writes.Add(write, CancellationToken.None); }
        catch (InvalidOperationException) { throw new ObjectDisposedException(nameof(SqliteDatabase)); }
        return write.Done.Task;
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
        _writes.CompleteAdding();
        if (_writerLoop.Join(TimeSpan.FromSeconds(10))) _writes.Dispose();
        lock (_checkpointLock) _checkpointer.Dispose();
        _writer.Dispose();
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
