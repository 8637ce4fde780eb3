using System.Collections.Concurrent;

namespace IqChatGuide.Guidance.Faq;

/// <summary>In-memory FAQ counters; kept question texts expire and are capped so nothing piles up.</summary>
public sealed class FaqInsights(TimeProvider time) : IFaqInsights
{
    /// <summary>Kept question texts are dropped after this long.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public const int MaxKeptQuestions = 200;
    private const int MaxKeptLength = 300;

    private readonly ConcurrentDictionary<(string Lang, string Topic), Counter> _counters = new();
    private readonly ConcurrentQueue<FaqKeptQuestion> _kept = new();

    public FaqInsights() : this(TimeProvider.System) { }

    public void Record(FaqResult result, string question, bool consented)
    {
        ArgumentNullException.ThrowIfNull(result);
        var topic = result.Topic ?? result.Suggestions.FirstOrDefault()?.Topic;
        var c = Get(result.Lang, topic);
        if (result.IsConfident) { Interlocked.Increment(ref c.Answered); return; }
        if (result.Suggestions.Count > 0) Interlocked.Increment(ref c.LowConfidence);
        else Interlocked.Increment(ref c.Unanswered);

        if (consented && !string.IsNullOrWhiteSpace(question))
        {
            var text = question.Trim();
            if (text.Length > MaxKeptLength) text = text[..MaxKeptLength];
            _kept.Enqueue(new FaqKeptQuestion(result.Lang, topic, text, time.GetUtcNow()));
            while (_kept.Count > MaxKeptQuestions && _kept.TryDequeue(out _)) { }
        }
    }

    public void RecordFeedback(string topic, string lang, bool helpful)
    {
        if (string.IsNullOrWhiteSpace(topic) || string.IsNullOrWhiteSpace(lang)) return;
        var c = Get(lang, topic);
        if (helpful) Interlocked.Increment(ref c.Helpful); else Interlocked.Increment(ref c.NotHelpful);
    }

    public FaqInsightsReport Snapshot()
    {
        var cutoff = time.GetUtcNow() - Retention;
        while (_kept.TryPeek(out var oldest) && oldest.At < cutoff && _kept.TryDequeue(out _)) { }
        var rows = _counters
            .Select(kv => new FaqInsightRow(kv.Key.Lang, kv.Key.Topic.Length == 0 ? null : kv.Key.Topic,
                kv.Value.Answered, kv.Value.LowConfidence, kv.Value.Unanswered, kv.Value.Helpful, kv.Value.NotHelpful))
            .OrderByDescending(r => r.Unanswered + r.LowConfidence).ThenBy(r => r.Lang, StringComparer.Ordinal).ThenBy(r => r.Topic, StringComparer.Ordinal)
            .ToList();
        return new FaqInsightsReport(rows, _kept.Where(q => q.At >= cutoff).ToList());
    }

    private Counter Get(string lang, string? topic) => _counters.GetOrAdd((lang, topic ?? ""), _ => new Counter());

    private sealed class Counter
    {
        public int Answered, LowConfidence, Unanswered, Helpful, NotHelpful;
    }
}
