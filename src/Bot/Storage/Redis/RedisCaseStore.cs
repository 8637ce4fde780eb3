using System.Globalization;
using IqChatGuide.Guidance.Cases;
using StackExchange.Redis;

namespace IqChatGuide.Bot.Storage.Redis;

/// <summary>
/// Cases in Redis: "case:{ref}" (JSON), "outbox:{ref}" (a hash with office, attempts, times) and the sorted set
/// "outbox:due" (scored by next attempt). A case, its outbox hash and its due entry are written by one script,
/// so there is never a case without a delivery or the other way round. Undelivered cases never expire;
/// delivered ones expire after the retention.
/// </summary>
internal sealed class RedisCaseStore(RedisConnection redis, string prefix, TimeSpan deliveredCaseTtl) : ICaseStore, ICaseOutbox
{
    private readonly RedisKey _due = prefix + "outbox:due";

    private const string CreateScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('SET', KEYS[1], ARGV[1])
        redis.call('HSET', KEYS[2], 'office', ARGV[3], 'attempts', 0, 'created', ARGV[2], 'next', ARGV[2])
        redis.call('ZADD', KEYS[3], ARGV[2], ARGV[4])
        return 1
        """;

    private const string DeliveredScript = """
        if redis.call('EXISTS', KEYS[2]) == 0 or redis.call('HEXISTS', KEYS[2], 'delivered') == 1 then return 0 end
        redis.call('HSET', KEYS[2], 'delivered', ARGV[1])
        redis.call('ZREM', KEYS[3], ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        return 1
        """;

    private const string FailedScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HEXISTS', KEYS[1], 'delivered') == 1 then return 0 end
        redis.call('HINCRBY', KEYS[1], 'attempts', 1)
        redis.call('HSET', KEYS[1], 'error', ARGV[1], 'next', ARGV[2])
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
        return 1
        """;

    private const string DeleteScript = """
        local removed = redis.call('DEL', KEYS[1])
        redis.call('DEL', KEYS[2])
        redis.call('ZREM', KEYS[3], ARGV[1])
        return removed
        """;

    private RedisKey CaseKey(string reference) => prefix + "case:" + reference;
    private RedisKey OutboxKey(string reference) => prefix + "outbox:" + reference;

    public async Task CreateAsync(GuidanceCase guidanceCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(guidanceCase);
        var r = guidanceCase.Reference;
        var created = (long)await RedisConnection.Guard(redis.Database.ScriptEvaluateAsync(CreateScript,
            [CaseKey(r), OutboxKey(r), _due],
            [CaseJson.Serialize(guidanceCase), guidanceCase.CreatedAt.ToUnixTimeMilliseconds(), guidanceCase.OfficeId, r])).ConfigureAwait(false);
        if (created == 0) throw new CaseAlreadyExistsException(r);
    }

    public async Task<GuidanceCase?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        var json = await RedisConnection.Guard(redis.Database.StringGetAsync(CaseKey(reference))).ConfigureAwait(false);
        return json.IsNull ? null : CaseJson.Deserialize(json!);
    }

    public async Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default)
    {
        var removed = (long)await RedisConnection.Guard(redis.Database.ScriptEvaluateAsync(DeleteScript,
            [CaseKey(reference), OutboxKey(reference), _due], [reference])).ConfigureAwait(false);
        return removed > 0;
    }

    public async Task<IReadOnlyList<CaseDelivery>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        var db = redis.Database;
        var refs = await RedisConnection.Guard(db.SortedSetRangeByScoreAsync(_due, double.NegativeInfinity, now.ToUnixTimeMilliseconds(), take: max)).ConfigureAwait(false);
        var list = new List<CaseDelivery>(refs.Length);
        foreach (var r in refs)
        {
            if (await ReadDeliveryAsync(db, r!).ConfigureAwait(false) is { } d) list.Add(d);
        }
        return list;
    }

    Task<CaseDelivery?> ICaseOutbox.GetAsync(string reference, CancellationToken cancellationToken) => ReadDeliveryAsync(redis.Database, reference);

    private async Task<CaseDelivery?> ReadDeliveryAsync(IDatabase db, string reference)
    {
        var entries = await RedisConnection.Guard(db.HashGetAllAsync(OutboxKey(reference))).ConfigureAwait(false);
        if (entries.Length == 0) return null;
        var h = entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
        return new CaseDelivery(
            reference,
            h.GetValueOrDefault("office", string.Empty),
            int.Parse(h.GetValueOrDefault("attempts", "0"), CultureInfo.InvariantCulture),
            Time(h["created"]),
            Time(h["next"]),
            h.GetValueOrDefault("error"),
            h.TryGetValue("delivered", out var d) ? Time(d) : null);
    }

    private static DateTimeOffset Time(string ms) => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(ms, CultureInfo.InvariantCulture));

    public Task MarkDeliveredAsync(string reference, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default) =>
        RedisConnection.Guard(redis.Database.ScriptEvaluateAsync(DeliveredScript,
            [CaseKey(reference), OutboxKey(reference), _due],
            [deliveredAt.ToUnixTimeMilliseconds(), (long)deliveredCaseTtl.TotalMilliseconds, reference]));

    public Task RecordFailedAttemptAsync(string reference, string reason, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default) =>
        RedisConnection.Guard(redis.Database.ScriptEvaluateAsync(FailedScript,
            [OutboxKey(reference), _due],
            [reason, nextAttemptAt.ToUnixTimeMilliseconds(), reference]));
}
