using IqChatGuide.Guidance.Faq;
using Microsoft.Data.Sqlite;

namespace IqChatGuide.Bot.Storage.Sqlite;

/// <summary>
/// FAQ insights in the SQLite file: "faq_counts" (one row per language and topic, "" for no topic, counters
/// raised in place) and "faq_kept" (question texts kept with consent, each with the owner key of the conversation
/// it came from, indexed, so that "delete my data" removes them). A kept text and its count commit together; each write drops the texts past <see cref="FaqInsights.Retention"/> and all but the newest
/// <see cref="FaqInsights.MaxKeptQuestions"/>, and the clean-up timer drops expired ones when nobody asks.
/// </summary>
internal sealed class SqliteFaqInsights(SqliteDatabase db, TimeProvider clock) : IFaqInsights
{
    private const string CountSql = """
        INSERT INTO faq_counts (lang, topic, answered, low_confidence, unanswered, helpful, not_helpful)
        VALUES ($lang, $topic, $answered, $low, $unanswered, $helpful, $notHelpful)
        ON CONFLICT (lang, topic) DO UPDATE SET
            answered = answered + excluded.answered,
            low_confidence = low_confidence + excluded.low_confidence,
            unanswered = unanswered + excluded.unanswered,
            helpful = helpful + excluded.helpful,
            not_helpful = not_helpful + excluded.not_helpful
        """;

    private const string KeepSql = "INSERT INTO faq_kept (lang, topic, text, asked_at, owner) VALUES ($lang, $topic, $text, $at, $owner)";
    private const string ForgetSql = "DELETE FROM faq_kept WHERE owner = $owner";
    private const string ExpireSql = "DELETE FROM faq_kept WHERE asked_at < $cutoff";
    private const string CapSql = "DELETE FROM faq_kept WHERE id IN (SELECT id FROM faq_kept ORDER BY asked_at DESC, id DESC LIMIT -1 OFFSET $max)";
    private const string CountsSql = "SELECT lang, topic, answered, low_confidence, unanswered, helpful, not_helpful FROM faq_counts";
    private const string KeptSql = "SELECT lang, topic, text, asked_at FROM faq_kept WHERE asked_at >= $cutoff ORDER BY asked_at, id";

    public Task RecordAsync(FaqResult result, string question, bool consented, string? owner, CancellationToken cancellationToken = default)
    {
        var outcome = FaqOutcome.Of(result, question, consented, owner);
        var now = clock.GetUtcNow();
        return Guard(() => db.WriteAsync(c =>
        {
            Count(c, outcome.Lang, outcome.Topic,
                answered: outcome.Kind == FaqOutcomeKind.Answered ? 1 : 0,
                low: outcome.Kind == FaqOutcomeKind.LowConfidence ? 1 : 0,
                unanswered: outcome.Kind == FaqOutcomeKind.Unanswered ? 1 : 0);
            if (outcome is { KeptText: { } text, Owner: { } keptFor })
            {
                var keep = c.Command(KeepSql, "$lang", "$topic", "$text", "$at", "$owner");
                keep.Parameters[0].Value = outcome.Lang;
                keep.Parameters[1].Value = outcome.Topic ?? "";
                keep.Parameters[2].Value = text;
                keep.Parameters[3].Value = now.ToUnixTimeMilliseconds();
                keep.Parameters[4].Value = keptFor;
                keep.ExecuteNonQuery();
                Expire(c, now);
                var cap = c.Command(CapSql, "$max");
                cap.Parameters[0].Value = FaqInsights.MaxKeptQuestions;
                cap.ExecuteNonQuery();
            }
            return 0;
        }, cancellationToken));
    }

    public Task RecordFeedbackAsync(string topic, string lang, bool helpful, CancellationToken cancellationToken = default)
    {
        if (!FaqOutcome.IsCountableFeedback(topic, lang)) return Task.CompletedTask;
        return Guard(() => db.WriteAsync(c =>
        {
            Count(c, lang, topic, helpful: helpful ? 1 : 0, notHelpful: helpful ? 0 : 1);
            return 0;
        }, cancellationToken));
    }

    public Task ForgetAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return Guard(() => db.WriteAsync(c =>
        {
            var forget = c.Command(ForgetSql, "$owner");
            forget.Parameters[0].Value = owner;
            return forget.ExecuteNonQuery();
        }, cancellationToken));
    }

    public Task<FaqInsightsReport> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = (clock.GetUtcNow() - FaqInsights.Retention).ToUnixTimeMilliseconds();
        try
        {
            var (rows, kept) = db.Read(c =>
            {
                var rows = new List<FaqInsightRow>();
                using (var reader = c.Command(CountsSql).ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var topic = reader.GetString(1);
                        rows.Add(new FaqInsightRow(reader.GetString(0), topic.Length == 0 ? null : topic,
                            reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6)));
                    }
                }
                var kept = new List<FaqKeptQuestion>();
                var cmd = c.Command(KeptSql, "$cutoff");
                cmd.Parameters[0].Value = cutoff;
                using (var reader = cmd.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var topic = reader.GetString(1);
                        kept.Add(new FaqKeptQuestion(reader.GetString(0), topic.Length == 0 ? null : topic, reader.GetString(2),
                            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
                    }
                }
                return (rows, kept);
            });
            return Task.FromResult(FaqInsightsReport.Of(rows, kept));
        }
        catch (SqliteException ex) { throw new StorageUnavailableException("Sqlite", ex); }
    }

    /// <summary>Drops the kept texts past retention; part of the provider's clean-up (runs inside its write).</summary>
    public static void Expire(PreparedConnection c, DateTimeOffset now)
    {
        var expire = c.Command(ExpireSql, "$cutoff");
        expire.Parameters[0].Value = (now - FaqInsights.Retention).ToUnixTimeMilliseconds();
        expire.ExecuteNonQuery();
    }

    private static void Count(PreparedConnection c, string lang, string? topic, int answered = 0, int low = 0, int unanswered = 0, int helpful = 0, int notHelpful = 0)
    {
        var cmd = c.Command(CountSql, "$lang", "$topic", "$answered", "$low", "$unanswered", "$helpful", "$notHelpful");
        cmd.Parameters[0].Value = lang;
        cmd.Parameters[1].Value = topic ?? "";
        cmd.Parameters[2].Value = answered;
        cmd.Parameters[3].Value = low;
        cmd.Parameters[4].Value = unanswered;
        cmd.Parameters[5].Value = helpful;
        cmd.Parameters[6].Value = notHelpful;
        cmd.ExecuteNonQuery();
    }

    private static async Task Guard(Func<Task<int>> work)
    {
        try { await work().ConfigureAwait(false); }
        catch (SqliteException ex) { throw new StorageUnavailableException("Sqlite", ex); }
    }
}
