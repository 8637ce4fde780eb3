using Microsoft.Bot.Builder;
using StackExchange.Redis;

namespace IqChatGuide.Bot.Storage.Redis;

/// <summary>
/// Bot Framework state in Redis, shared by every instance. Each key is a hash {v: JSON, e: ETag} with a TTL
/// (the retention, renewed on every write). Writes run as one Lua script: all ETags are checked and then all
/// keys written, so a multi-key write is atomic and a stale ETag changes nothing.
/// </summary>
internal sealed class RedisStateStorage(RedisConnection redis, string prefix, TimeSpan ttl) : IStorage
{
    private static readonly RedisValue[] Fields = ["v", "e"];

    // ARGV[1] = TTL in ms; then per key: expected ETag ('' = overwrite), new ETag, value.
    private const string WriteScript = """
        for i, key in ipairs(KEYS) do
          local expected = ARGV[(i - 1) * 3 + 2]
          if expected ~= '' then
            local current = redis.call('HGET', key, 'e')
            if current and current ~= expected then return i end
          end
        end
        for i, key in ipairs(KEYS) do
          redis.call('HSET', key, 'v', ARGV[(i - 1) * 3 + 4], 'e', ARGV[(i - 1) * 3 + 3])
          redis.call('PEXPIRE', key, ARGV[1])
        end
        return 0
        """;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var db = redis.Database;
        var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        if (keys.Length == 1)
        {
            var values = await RedisConnection.Guard(db.HashGetAsync(prefix + keys[0], Fields)).ConfigureAwait(false);
            Add(result, keys[0], values);
            return result;
        }
        var pending = keys.Select(k => db.HashGetAsync(prefix + k, Fields)).ToArray();
        await RedisConnection.Guard(Task.WhenAll(pending)).ConfigureAwait(false);
        for (var i = 0; i < keys.Length; i++) Add(result, keys[i], pending[i].Result);
        return result;
    }

    private static void Add(Dictionary<string, object> result, string key, RedisValue[] values)
    {
        if (values[0].IsNull || values[1].IsNull) return;
        if (StateJson.Deserialize(values[0]!, values[1]!) is { } value) result[key] = value;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;
        var keys = new RedisKey[changes.Count];
        var args = new RedisValue[1 + changes.Count * 3];
        var written = new (object Value, string NewETag)[changes.Count];
        args[0] = (long)ttl.TotalMilliseconds;
        var i = 0;
        foreach (var (key, value) in changes)
        {
            var etag = StateJson.NewETag();
            keys[i] = prefix + key;
            args[1 + i * 3] = StateJson.ExpectedETag(value) ?? string.Empty;
            args[2 + i * 3] = etag;
            args[3 + i * 3] = StateJson.Serialize(value);
            written[i] = (value, etag);
            i++;
        }
        var outcome = (long)await RedisConnection.Guard(redis.Database.ScriptEvaluateAsync(WriteScript, keys, args)).ConfigureAwait(false);
        if (outcome != 0) throw new StorageConflictException(changes.Keys.ElementAt((int)outcome - 1));
        foreach (var (value, etag) in written) StateJson.AfterWrite(value, etag);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0) return Task.CompletedTask;
        return RedisConnection.Guard(redis.Database.KeyDeleteAsync(keys.Select(k => (RedisKey)(prefix + k)).ToArray()));
    }
}
