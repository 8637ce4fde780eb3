using IqChatGuide.Guidance.Cases;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Storage;

/// <summary>One storage provider: state (IStorage), cases and their outbox, readiness and clean-up.</summary>
public abstract class StorageBackend : IAsyncDisposable
{
    public abstract StorageProvider Provider { get; }
    public abstract IStorage State { get; }
    public abstract ICaseStore Cases { get; }
    public abstract ICaseOutbox Outbox { get; }

    /// <summary>Null when the storage answers; otherwise a short reason without personal data.</summary>
    public abstract Task<string?> CheckReadyAsync(CancellationToken cancellationToken);

    /// <summary>Removes expired state and delivered cases past retention, where the provider does not do it itself.</summary>
    public virtual Task CleanupAsync(DateTimeOffset now, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
