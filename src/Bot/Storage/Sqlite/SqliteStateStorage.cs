using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace IqChatGuide.Bot.Storage.Sqlite;

/// <summary>Bot Framework state in the SQLite file; each key a row with its ETag and expiry.</summary>
internal sealed class SqliteStateStorage(SqliteDatabase db, TimeProvider clock, TimeSpan ttl) : IStorage
{
    private const string SelectSql = "SELECT value, etag FROM state WHERE key = $key AND expires_at > $now";

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
        try
        {
            var rows = db.Read(c =>
            {
                var found = new List<(string Key, string Json, string ETag)>(keys.Length);
                var cmd = c.Command(SelectSql, "$key", "$now");
                foreach (var key in keys)
                {
                    cmd.Parameters[0].Value = key;
                    cmd.Parameters[1].Value = now;
                    using var reader = cmd.ExecuteReader();
                    if (reader.Read()) found.Add((key, reader.GetString(0), reader.GetString(1)));
                }
                return found;
            });
            IDictionary<string, object> result = new Dictionary<string, object>(rows.Count, StringComparer.Ordinal);
            foreach (var (key, json, etag) in rows)
                if (StateJson.Deserialize(json, etag) is { } value) result[key] = value;
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

        try
        {
            await db.WriteAsync(c =>
            {
                var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
                var expires = now + (long)ttl.TotalMilliseconds;
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
        catch (SqliteException ex) { throw new StorageUnavailableException("Sqlite", ex); }
        foreach (var p in prepared) StateJson.AfterWrite(p.Value, p.NewETag);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
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
    }
}

internal static class SqliteConnectionExtensions
{
    /// <summary>True when no transaction is open on the connection.</summary>
    public static bool AutoCommitOn(this SqliteConnection connection) =>
        SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;
}
