using System.Globalization;
using System.Text.Json;
using IqChatGuide.Guidance.Faq;
using StackExchange.Redis;

namespace IqChatGuide.Bot.Storage.Redis;

/// <summary>
/// FAQ insights in Redis, shared by every instance: the hash "faq:counts" with one field per language, topic
/// ("" for none) and counter ("de||unanswered", "en|costs|helpful"), raised with HINCRBY; and the sorted set
/// "faq:kept" of question texts kept with consent, scored by the time they were asked (unix ms), each member a
/// small JSON with its own id so that two people asking the same words are two entries, and with the owner key of
/// the conversation it came from, so that "delete my data" finds them (one script reads the at most
/// <see cref="FaqInsights.MaxKeptQuestions"/> members and removes that owner's). Keeping a text and
/// trimming the set (past <see cref="FaqInsights.Retention"/>, beyond the newest
/// <see cref="FaqInsights.MaxKeptQuestions"/>) is one script; the set also expires as a whole after the retention
/// when nothing new is kept.
/// </summary>
internal sealed class RedisFaqInsights(RedisConnection redis, string prefix, TimeProvider clock) : IFaqInsights
{
    private const char Separator = '|';

    private readonly RedisKey _counts = prefix + "faq:counts";
    private readonly RedisKey _kept = prefix + "faq:kept";

    // KEYS: counts, kept. ARGV: counter field, member ('' = count only), score (now), oldest score kept, max kept, TTL ms.
    private const string RecordScript = """
        redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
        if ARGV[2] ~= '' then
          redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
          redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[4])
          redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(tonumber(ARGV[5]) + 1))
          redis.call('PEXPIRE', KEYS[2], ARGV[6])
        end
        return 1
        """;

    // KEYS: kept. ARGV: owner. Returns how many texts were removed.
    private const string ForgetScript = """
        local removed = 0
        for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
          local ok, kept = pcall(cjson.decode, member)
          if ok and type(kept) == 'table' and kept.owner == ARGV[1] then
            removed = removed + redis.call('ZREM', KEYS[1], member)
          end
        end
        return removed
        """;

    // The counters of a row, in FaqInsightRow's order.
    private static readonly string[] CounterNames = ["answered", "lowConfidence", "unanswered", "helpful", "notHelpful"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task RecordAsync(FaqResult result, string question, bool consented, string? owner, CancellationToken cancellationToken = default)
    {
        var outcome = FaqOutcome.Of(result, question, consented, owner);
        var now = clock.GetUtcNow();
        var member = outcome is { KeptText: { } text, Owner: { } keptFor }
            ? JsonSerializer.Serialize(new KeptMember(Guid.NewGuid().ToString("N"), outcome.Lang, outcome.Topic, text, keptFor), Json)
            : string.Empty;
        return RedisConnection.Guard(redis.Database.ScriptEvaluateAsync(RecordScript, [_counts, _kept],
        [
            Field(outcome.Lang, outcome.Topic, outcome.Kind switch
            {
                FaqOutcomeKind.Answered => CounterNames[0],
                FaqOutcomeKind.LowConfidence => CounterNames[1],
                _ => CounterNames[2],
            }),
            member,
            now.ToUnixTimeMilliseconds(),
            (now - FaqInsights.Retention).ToUnixTimeMilliseconds(),
            FaqInsights.MaxKeptQuestions,
            (long)FaqInsights.Retention.TotalMilliseconds,
        ]));
    }

    public Task RecordFeedbackAsync(string topic, string lang, bool helpful, CancellationToken cancellationToken = default)
    {
        if (!FaqOutcome.IsCountableFeedback(topic, lang)) return Task.CompletedTask;
        return RedisConnection.Guard(redis.Database.HashIncrementAsync(_counts, Field(lang, topic, helpful ? CounterNames[3] : CounterNames[4])));
    }

    public Task ForgetAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return RedisConnection.Guard(redis.Database.ScriptEvaluateAsync(ForgetScript, [_kept], [owner]));
    }

    public async Task<FaqInsightsReport> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        var db = redis.Database;
        var cutoff = (clock.GetUtcNow() - FaqInsights.Retention).ToUnixTimeMilliseconds();
        var counts = db.HashGetAllAsync(_counts);
        var kept = db.SortedSetRangeByScoreWithScoresAsync(_kept, cutoff, double.PositiveInfinity);
        await RedisConnection.Guard(Task.WhenAll(counts, kept)).ConfigureAwait(false);

        var rows = new Dictionary<(string Lang, string Topic), int[]>();
        foreach (var entry in counts.Result)
        {
            var field = entry.Name.ToString();
            var first = field.IndexOf(Separator, StringComparison.Ordinal);
            var last = field.LastIndexOf(Separator);
            if (first < 0 || last == first || !entry.Value.TryParse(out long value)) continue;
            var index = Array.IndexOf(CounterNames, field[(last + 1)..]);
            if (index < 0) continue;
            var key = (field[..first], field[(first + 1)..last]);
            if (!rows.TryGetValue(key, out var values)) rows[key] = values = new int[CounterNames.Length];
            values[index] = (int)Math.Min(value, int.MaxValue);
        }

        var questions = new List<FaqKeptQuestion>(kept.Result.Length);
        foreach (var entry in kept.Result)
        {
            if (Read(entry.Element) is not { } m) continue;
            questions.Add(new FaqKeptQuestion(m.Lang, m.Topic, m.Text, DateTimeOffset.FromUnixTimeMilliseconds((long)entry.Score)));
        }

        return FaqInsightsReport.Of(
            rows.Select(r => new FaqInsightRow(r.Key.Lang, r.Key.Topic.Length == 0 ? null : r.Key.Topic, r.Value[0], r.Value[1], r.Value[2], r.Value[3], r.Value[4])),
            questions);
    }

    private static string Field(string lang, string? topic, string counter) =>
        string.Create(CultureInfo.InvariantCulture, $"{lang}{Separator}{topic}{Separator}{counter}");

    private static KeptMember? Read(RedisValue member)
    {
        try
        {
            return JsonSerializer.Deserialize<KeptMember>(member.ToString(), Json) is { Lang: not null, Text: not null } m ? m : null;
        }
        catch (JsonException) { return null; }
    }

    /// <summary>One kept question in the sorted set; the id keeps equal texts apart, the owner is the key
    /// <see cref="ForgetAsync"/> looks for (null in texts kept before owners were recorded).</summary>
    private sealed record KeptMember(string Id, string Lang, string? Topic, string Text, string? Owner);
}
