using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Hosting;

/// <summary>
/// Builds the bot and everything it needs (FAQ index, office and postal-code tables, storage) before the
/// server accepts requests. Otherwise the first turns would wait for those singletons, every request queued
/// behind them, and the bot would report ready while it cannot answer quickly yet.
/// </summary>
internal sealed class BotWarmup(IServiceProvider services, ILogger<BotWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        using (var scope = services.CreateScope())
        {
            if (scope.ServiceProvider.GetService<IBot>() is null)
                logger.LogWarning("No bot is registered: POST /api/messages will answer 400 until one is.");
        }
        services.GetRequiredService<Storage.StorageBackend>();
        logger.LogInformation("Bot ready in {Milliseconds} ms", (int)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
