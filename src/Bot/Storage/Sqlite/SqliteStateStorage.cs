using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace IqChatGuide.Bot.Storage.Sqlite;

/// <summary>
/// Bot Framework state in the SQLite file; each key a row with its ETag and expiry. The file belongs to this
/// one process, so the last committed JSON of each key is also kept in memory (write-through) and most reads
/// never touch the file. A conflict drops the key from memory, so the retry reads the file.
/// </summary>
internal sealed class SqliteStateStorage(SqliteDatabase db, TimeProvider clock, TimeSpan ttl) : IStorage
{
    private const int MaxCached = 10_000;
    private sealed record Cached(string Json, string ETag, long ExpiresAt);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Cached> _cache = new(StringComparer.Ordinal);

    private const string SelectSql = "SELECT value, etag, expires_at FROM state WHERE key = $key AND expires_at > $now";

    // An expired row counts as absent, so any ETag may replace it.
    private const string UpsertSql = """
        INSERT INTO state (key, value, etag, expires_at) VALUES ($key, $value, $etag, $expires)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, expires_at = excluded.expires_at
        WHERE $expected IS NULL OR state.etag = $expected OR state.expires_at <= $now
        """;

    private const string DeleteSql = "DELETE FROM state WHERE key = $key";

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        IDictionary<string, object> result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var key in keys)
        {
            if (_cache.TryGetValue(key, out var hit) && hit.ExpiresAt > now)
            {
                if (StateJson.Deserialize(hit.Json, hit.ETag) is { } value) result[key] = value;
            }
            else
            {
                (missing ??= []).Add(key);
            }
        }
        if (missing is null) return Task.FromResult(result);
        try
        {
            var rows = db.Read(c =>
            {
                var found = new List<(string Key, string Json, string ETag, long ExpiresAt)>(missing.Count);
                var cmd = c.Command(SelectSql, "$key", "$now");
                foreach (var key in missing)
                {
                    cmd.Parameters[0].Value = key;
                    cmd.Parameters[1].Value = now;
                    using var reader = cmd.ExecuteReader();
                    if (reader.Read()) found.Add((key, reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
                }
                return found;
            });
            foreach (var (key, json, etag, expiresAt) in rows)
            {
                // Never replaces what a write put there meanwhile: the committed write is newer than this read.
                if (_cache.Count < MaxCached) _cache.TryAdd(key, new Cached(json, etag, expiresAt));
                if (StateJson.Deserialize(json, etag) is { } value) result[key] = value;
            }
            return Task.FromResult(result);
        }
        catch (SqliteException ex) { throw new StorageUnavailableException("Sqlite", ex); }
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;
        var prepared = new (string Key, object Value, string Json, string? Expected, string NewETag)[changes.Count];
        var i = 0;
        foreach (var (key, value) in changes)
            prepared[i++] = (key, value, StateJson.Serialize(value), StateJson.ExpectedETag(value), StateJson.NewETag());

        var expires = 0L;
        try
        {
            await db.WriteAsync(c =>
            {
                var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
                expires = now + (long)ttl.TotalMilliseconds;
                var cmd = c.Command(UpsertSql, "$key", "$value", "$etag", "$expires", "$expected", "$now");
                foreach (var p in prepared)
                {
                    cmd.Parameters[0].Value = p.Key;
                    cmd.Parameters[1].Value = p.Json;
                    cmd.Parameters[2].Value = p.NewETag;
                    cmd.Parameters[3].Value = expires;
                    cmd.Parameters[4].Value = (object?)p.Expected ?? DBNull.Value;
                    cmd.Parameters[5].Value = now;
                    // Throwing undoes the keys already written: a multi-key write is all or nothing.
                    if (cmd.ExecuteNonQuery() == 0) throw new StorageConflictException(p.Key);
                }
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            foreach (var p in prepared) _cache.TryRemove(p.Key, out _);
            throw new StorageUnavailableException("Sqlite", ex);
        }
        catch (StorageConflictException)
        {
            foreach (var p in prepared) _cache.TryRemove(p.Key, out _);
            throw;
        }
        if (_cache.Count >= MaxCached) _cache.Clear();
        foreach (var p in prepared)
        {
            _cache[p.Key] = new Cached(p.Json, p.NewETag, expires);
            StateJson.AfterWrite(p.Value, p.NewETag);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys) _cache.TryRemove(key, out _);
        try
        {
            await db.WriteAsync(c =>
            {
                var cmd = c.Command(DeleteSql, "$key");
                foreach (var key in keys)
                {
                    cmd.Parameters[0].Value = key;
                    cmd.ExecuteNonQuery();
                }
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) { throw new StorageUnavailableException("Sqlite", ex); }
        foreach (var key in keys) _cache.TryRemove(key, out _);
    }
}

internal static class SqliteConnectionExtensions
{
    /// <summary>True when no transaction is open on the connection.</summary>
    public static bool AutoCommitOn(this SqliteConnection connection) =>
        SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;
}
