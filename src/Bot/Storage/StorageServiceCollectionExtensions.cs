using IqChatGuide.Bot.Storage.Memory;
using IqChatGuide.Bot.Storage.Redis;
using IqChatGuide.Bot.Storage.Sqlite;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Faq;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The storage provider chosen by Storage:Provider, and everything built on it: IStorage, ConversationState,
    /// UserState, ICaseStore, ICaseOutbox, IFaqInsights, the readiness check and the retention clean-up. Replaces
    /// any IStorage, ICaseStore or IFaqInsights registered before (e.g. the in-memory defaults of AddGuideFaq).
    /// </summary>
    public static IServiceCollection AddGuideStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(o =>
            {
                if (configuration.GetConnectionString("Sqlite") is { Length: > 0 } sqlite) o.SqliteConnectionString = sqlite;
                if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis) o.RedisConnectionString = redis;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StorageBackend>(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var retention = sp.GetRequiredService<IOptions<RetentionOptions>>().Value;
            var clock = sp.GetRequiredService<TimeProvider>();
            return storage.ParsedProvider switch
            {
                StorageProvider.Redis => new RedisBackend(storage.RedisConnectionString!, storage.RedisKeyPrefix, clock, retention),
                StorageProvider.Memory => new MemoryBackend(clock, retention),
                _ => new SqliteBackend(storage.SqliteConnectionString, sp.GetRequiredService<IHostEnvironment>().ContentRootPath, clock, retention),
            };
        });

        services.RemoveAll<IStorage>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<StorageBackend>().State);
        services.RemoveAll<ICaseStore>();
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<StorageBackend>().Cases);
        services.RemoveAll<ICaseOutbox>();
        services.AddSingleton<ICaseOutbox>(sp => sp.GetRequiredService<StorageBackend>().Outbox);
        // Counted where the state is, so a restart keeps the counts and all instances on one Redis add up.
        services.RemoveAll<IFaqInsights>();
        services.AddSingleton<IFaqInsights>(sp => new GuardedFaqInsights(
            sp.GetRequiredService<StorageBackend>().Insights, sp.GetRequiredService<ILogger<GuardedFaqInsights>>()));
        services.RemoveAll<ConversationState>();
        services.AddSingleton<ConversationState, GuardedConversationState>();
        services.RemoveAll<UserState>();
        services.AddSingleton<UserState, GuardedUserState>();

        services.AddHostedService<StorageCleanupService>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return services;
    }
}

/// <summary>/readyz: the bot is ready when its storage answers.</summary>
internal sealed class StorageHealthCheck(StorageBackend backend) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problem = await backend.CheckReadyAsync(cancellationToken).ConfigureAwait(false);
        return problem is null
            ? HealthCheckResult.Healthy($"{backend.Provider} storage answers")
            : HealthCheckResult.Unhealthy($"{backend.Provider} storage: {problem}");
    }
}

/// <summary>Removes expired state, old delivered cases and expired FAQ texts on a timer (Redis does this itself with TTLs and trimming).</summary>
internal sealed class StorageCleanupService(StorageBackend backend, IOptions<RetentionOptions> retention, TimeProvider clock, ILogger<StorageCleanupService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(retention.Value.CleanupIntervalMinutes), clock);
        do
        {
            try
            {
                await backend.CleanupAsync(clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Storage clean-up failed: {ExceptionType}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
