using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Faq;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Storage.Sqlite;

internal sealed class SqliteBackend : StorageBackend
{
    private readonly SqliteDatabase _db;
    private readonly SqliteCaseStore _cases;
    private readonly RetentionOptions _retention;

    public SqliteBackend(string connectionString, string contentRoot, TimeProvider clock, RetentionOptions retention)
    {
        _db = new SqliteDatabase(connectionString, contentRoot);
        _retention = retention;
        State = new SqliteStateStorage(_db, clock, retention.StateTtl);
        _cases = new SqliteCaseStore(_db);
        Insights = new SqliteFaqInsights(_db, clock);
    }

    public override StorageProvider Provider => StorageProvider.Sqlite;
    public override IStorage State { get; }
    public override ICaseStore Cases => _cases;
    public override ICaseOutbox Outbox => _cases;
    public override IFaqInsights Insights { get; }

    public override Task<string?> CheckReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            _db.Read(c => c.Command("SELECT 1").ExecuteScalar());
            return Task.FromResult<string?>(null);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            return Task.FromResult<string?>($"SQLite error {ex.SqliteErrorCode}");
        }
    }

    public override async Task CleanupAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var caseCutoff = (now - _retention.DeliveredCaseTtl).ToUnixTimeMilliseconds();
        await _db.WriteAsync(c =>
        {
            var state = c.Command("DELETE FROM state WHERE expires_at <= $now", "$now");
            state.Parameters[0].Value = nowMs;
            state.ExecuteNonQuery();
            var cases = c.Command("DELETE FROM cases WHERE reference IN (SELECT reference FROM outbox WHERE delivered_at <= $cutoff)", "$cutoff");
            cases.Parameters[0].Value = caseCutoff;
            cases.ExecuteNonQuery();
            var outbox = c.Command("DELETE FROM outbox WHERE delivered_at <= $cutoff", "$cutoff");
            outbox.Parameters[0].Value = caseCutoff;
            outbox.ExecuteNonQuery();
            SqliteFaqInsights.Expire(c, now);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    public override ValueTask DisposeAsync()
    {
        _db.Dispose();
        return ValueTask.CompletedTask;
    }
}
