using StackExchange.Redis;

namespace IqChatGuide.Bot.Storage.Redis;

/// <summary>
/// The shared multiplexer. It never blocks start-up: when Redis is unreachable the bot starts anyway,
/// /readyz says so, and the multiplexer keeps reconnecting in the background. Commands fail fast while
/// disconnected, so a turn answers "try again in a moment" instead of hanging.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _multiplexer;

    public RedisConnection(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        if (!connectionString.Contains("connectTimeout", StringComparison.OrdinalIgnoreCase)) options.ConnectTimeout = 2000;
        if (!connectionString.Contains("syncTimeout", StringComparison.OrdinalIgnoreCase)) options.SyncTimeout = 2000;
        if (!connectionString.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase)) options.AsyncTimeout = 2000;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        options.ClientName = "iqchatguide";
        _multiplexer = ConnectionMultiplexer.Connect(options);
    }

    public IDatabase Database => _multiplexer.GetDatabase();

    public bool IsConnected => _multiplexer.IsConnected;

    /// <summary>Runs a Redis call and turns connection failures into <see cref="StorageUnavailableException"/>.</summary>
    public static async Task<T> Guard<T>(Task<T> call)
    {
        try { return await call.ConfigureAwait(false); }
        catch (Exception ex) when (IsOutage(ex)) { throw new StorageUnavailableException("Redis", ex); }
    }

    public static async Task Guard(Task call)
    {
        try { await call.ConfigureAwait(false); }
        catch (Exception ex) when (IsOutage(ex)) { throw new StorageUnavailableException("Redis", ex); }
    }

    // LOADING (replaying the AOF after a restart) and READONLY (failover in progress) are outages too.
    private static bool IsOutage(Exception ex) =>
        ex is RedisConnectionException or RedisTimeoutException or TimeoutException
        || (ex is RedisServerException s && (s.Message.StartsWith("LOADING", StringComparison.Ordinal) || s.Message.StartsWith("READONLY", StringComparison.Ordinal) || s.Message.StartsWith("MASTERDOWN", StringComparison.Ordinal)));

    public ValueTask DisposeAsync() => _multiplexer.DisposeAsync();
}
