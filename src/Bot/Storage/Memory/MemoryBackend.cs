using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Faq;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Storage.Memory;

internal sealed class MemoryBackend(TimeProvider clock, RetentionOptions retention) : StorageBackend
{
    private readonly MemoryStateStorage _state = new(clock, retention.StateTtl);
    private readonly MemoryCaseStore _cases = new(retention.DeliveredCaseTtl);
    private readonly FaqInsights _insights = new(clock);

    public override StorageProvider Provider => StorageProvider.Memory;
    public override IStorage State => _state;
    public override ICaseStore Cases => _cases;
    public override ICaseOutbox Outbox => _cases;
    public override IFaqInsights Insights => _insights;

    public override Task<string?> CheckReadyAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public override Task CleanupAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        _state.RemoveExpired(now);
        _cases.RemoveExpired(now);
        _insights.RemoveExpired(now);
        return Task.CompletedTask;
    }
}
