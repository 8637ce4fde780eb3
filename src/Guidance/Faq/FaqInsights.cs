using System.Collections.Concurrent;

namespace IqChatGuide.Guidance.Faq;

/// <summary>
/// FAQ counters in this process's memory (lost on restart, per instance); kept question texts expire and are
/// capped so nothing piles up, and go at once when the person they came from deletes their data. The default
/// where no storage is registered; a host with storage keeps them there.
/// </summary>
public sealed class FaqInsights(TimeProvider time) : IFaqInsights
{
    /// <summary>Kept question texts are dropped after this long.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>At most this many question texts are kept; a new one pushes out the oldest.</summary>
    public const int MaxKeptQuestions = 200;

    private readonly ConcurrentDictionary<(string Lang, string Topic), Counter> _counters = new();
    // Oldest first; each text with the key of the conversation it came from (never shown in the report).
    private readonly LinkedList<(FaqKeptQuestion Question, string Owner)> _kept = new();
    private readonly Lock _keptLock = new();

    public FaqInsights() : this(TimeProvider.System) { }

    public Task RecordAsync(FaqResult result, string question, bool consented, string? owner, CancellationToken cancellationToken = default)
    {
        var outcome = FaqOutcome.Of(result, question, consented, owner);
        var c = Get(outcome.Lang, outcome.Topic);
        switch (outcome.Kind)
        {
            case FaqOutcomeKind.Answered: Interlocked.Increment(ref c.Answered); break;
            case FaqOutcomeKind.LowConfidence: Interlocked.Increment(ref c.LowConfidence); break;
            default: Interlocked.Increment(ref c.Unanswered); break;
        }

        if (outcome is { KeptText: { } text, Owner: { } keptFor })
        {
            var now = time.GetUtcNow();
            lock (_keptLock)
            {
                _kept.AddLast((new FaqKeptQuestion(outcome.Lang, outcome.Topic, text, now), keptFor));
                RemoveExpiredLocked(now);
                while (_kept.Count > MaxKeptQuestions) _kept.RemoveFirst();
            }
        }
        return Task.CompletedTask;
    }

    public Task ForgetAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        lock (_keptLock)
        {
            for (var node = _kept.First; node is not null;)
            {
                var next = node.Next;
                if (string.Equals(node.Value.Owner, owner, StringComparison.Ordinal)) _kept.Remove(node);
                node = next;
            }
        }
        return Task.CompletedTask;
    }

    public Task RecordFeedbackAsync(string topic, string lang, bool helpful, CancellationToken cancellationToken = default)
    {
        if (!FaqOutcome.IsCountableFeedback(topic, lang)) return Task.CompletedTask;
        var c = Get(lang, topic);
        if (helpful) Interlocked.Increment(ref c.Helpful); else Interlocked.Increment(ref c.NotHelpful);
        return Task.CompletedTask;
    }

    public Task<FaqInsightsReport> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        RemoveExpired(now);
        var cutoff = now - Retention;
        var rows = _counters.Select(kv => new FaqInsightRow(kv.Key.Lang, kv.Key.Topic.Length == 0 ? null : kv.Key.Topic,
            kv.Value.Answered, kv.Value.LowConfidence, kv.Value.Unanswered, kv.Value.Helpful, kv.Value.NotHelpful));
        List<FaqKeptQuestion> kept;
        lock (_keptLock) kept = _kept.Select(k => k.Question).Where(q => q.At >= cutoff).ToList();
        return Task.FromResult(FaqInsightsReport.Of(rows, kept));
    }

    /// <summary>Drops the kept texts older than <see cref="Retention"/>.</summary>
    public void RemoveExpired(DateTimeOffset now)
    {
        lock (_keptLock) RemoveExpiredLocked(now);
    }

    private void RemoveExpiredLocked(DateTimeOffset now)
    {
        var cutoff = now - Retention;
        while (_kept.First is { } oldest && oldest.Value.Question.At < cutoff) _kept.RemoveFirst();
    }

    private Counter Get(string lang, string? topic) => _counters.GetOrAdd((lang, topic ?? ""), _ => new Counter());

    private sealed class Counter
    {
        public int Answered, LowConfidence, Unanswered, Helpful, NotHelpful;
    }
}
