using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Faq;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Storage;

/// <summary>One storage provider: state (IStorage), cases and their outbox, FAQ insights, readiness and clean-up.</summary>
public abstract class StorageBackend : IAsyncDisposable
{
    public abstract StorageProvider Provider { get; }
    public abstract IStorage State { get; }
    public abstract ICaseStore Cases { get; }
    public abstract ICaseOutbox Outbox { get; }

    /// <summary>FAQ counts and the question texts kept with consent, in this provider (so all instances on one Redis count together).</summary>
    public abstract IFaqInsights Insights { get; }

    /// <summary>Null when the storage answers; otherwise a short reason without personal data.</summary>
    public abstract Task<string?> CheckReadyAsync(CancellationToken cancellationToken);

    /// <summary>Removes expired state, delivered cases and kept FAQ texts past retention, where the provider does not do it itself.</summary>
    public virtual Task CleanupAsync(DateTimeOffset now, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
