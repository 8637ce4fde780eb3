using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Faq;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Storage.Redis;

internal sealed class RedisBackend : StorageBackend
{
    private readonly RedisConnection _redis;
    private readonly RedisCaseStore _cases;

    public RedisBackend(string connectionString, string prefix, TimeProvider clock, RetentionOptions retention)
    {
        _redis = new RedisConnection(connectionString);
        State = new RedisStateStorage(_redis, prefix + "state:", retention.StateTtl);
        _cases = new RedisCaseStore(_redis, prefix, retention.DeliveredCaseTtl);
        Insights = new RedisFaqInsights(_redis, prefix, clock);
    }

    public override StorageProvider Provider => StorageProvider.Redis;
    public override IStorage State { get; }
    public override ICaseStore Cases => _cases;
    public override ICaseOutbox Outbox => _cases;
    public override IFaqInsights Insights { get; }

    public override async Task<string?> CheckReadyAsync(CancellationToken cancellationToken)
    {
        if (!_redis.IsConnected) return "Redis is not connected";
        try
        {
            await _redis.Database.PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            return $"Redis does not answer ({ex.GetType().Name})";
        }
    }

    public override ValueTask DisposeAsync() => _redis.DisposeAsync();
}
