using IqChatGuide.Guidance.Cases;
using Microsoft.Data.Sqlite;

namespace IqChatGuide.Bot.Storage.Sqlite;

/// <summary>Cases and their delivery outbox in the SQLite file; a case and its outbox row commit together.</summary>
internal sealed class SqliteCaseStore(SqliteDatabase db) : ICaseStore, ICaseOutbox
{
    private const string InsertCaseSql = "INSERT INTO cases (reference, body, created_at) VALUES ($ref, $body, $created) ON CONFLICT (reference) DO NOTHING";
    private const string InsertOutboxSql = "INSERT INTO outbox (reference, office_id, attempts, created_at, next_attempt_at) VALUES ($ref, $office, 0, $created, $created)";
    private const string SelectCaseSql = "SELECT body FROM cases WHERE reference = $ref";
    private const string DeleteCaseSql = "DELETE FROM cases WHERE reference = $ref";
    private const string DeleteOutboxSql = "DELETE FROM outbox WHERE reference = $ref";
    private const string OutboxColumns = "reference, office_id, attempts, created_at, next_attempt_at, last_error, delivered_at";
    private const string DueSql = "SELECT " + OutboxColumns + " FROM outbox WHERE delivered_at IS NULL AND next_attempt_at <= $now ORDER BY next_attempt_at, created_at LIMIT $max";
    private const string SelectOutboxSql = "SELECT " + OutboxColumns + " FROM outbox WHERE reference = $ref";
    private const string DeliveredSql = "UPDATE outbox SET delivered_at = $at WHERE reference = $ref AND delivered_at IS NULL";
    private const string FailedSql = "UPDATE outbox SET attempts = attempts + 1, last_error = $reason, next_attempt_at = $next WHERE reference = $ref AND delivered_at IS NULL";

    public async Task CreateAsync(GuidanceCase guidanceCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(guidanceCase);
        var body = CaseJson.Serialize(guidanceCase);
        var created = guidanceCase.CreatedAt.ToUnixTimeMilliseconds();
        await Guard(() => db.WriteAsync(c =>
        {
            var insert = c.Command(InsertCaseSql, "$ref", "$body", "$created");
            insert.Parameters[0].Value = guidanceCase.Reference;
            insert.Parameters[1].Value = body;
            insert.Parameters[2].Value = created;
            if (insert.ExecuteNonQuery() == 0) throw new CaseAlreadyExistsException(guidanceCase.Reference);
            var outbox = c.Command(InsertOutboxSql, "$ref", "$office", "$created");
            outbox.Parameters[0].Value = guidanceCase.Reference;
            outbox.Parameters[1].Value = guidanceCase.OfficeId;
            outbox.Parameters[2].Value = created;
            outbox.ExecuteNonQuery();
            return 0;
        }, cancellationToken)).ConfigureAwait(false);
    }

    public Task<GuidanceCase?> GetAsync(string reference, CancellationToken cancellationToken = default) =>
        Guard(() => Task.FromResult(db.Read(c =>
        {
            var cmd = c.Command(SelectCaseSql, "$ref");
            cmd.Parameters[0].Value = reference;
            return cmd.ExecuteScalar() is string body ? CaseJson.Deserialize(body) : null;
        })));

    public Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default) =>
        Guard(() => db.WriteAsync(c =>
        {
            var deleteCase = c.Command(DeleteCaseSql, "$ref");
            deleteCase.Parameters[0].Value = reference;
            var removed = deleteCase.ExecuteNonQuery() > 0;
            var deleteOutbox = c.Command(DeleteOutboxSql, "$ref");
            deleteOutbox.Parameters[0].Value = reference;
            deleteOutbox.ExecuteNonQuery();
            return removed;
        }, cancellationToken));

    public Task<IReadOnlyList<CaseDelivery>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        Guard(() => Task.FromResult<IReadOnlyList<CaseDelivery>>(db.Read(c =>
        {
            var cmd = c.Command(DueSql, "$now", "$max");
            cmd.Parameters[0].Value = now.ToUnixTimeMilliseconds();
            cmd.Parameters[1].Value = max;
            using var reader = cmd.ExecuteReader();
            var list = new List<CaseDelivery>();
            while (reader.Read()) list.Add(ReadDelivery(reader));
            return list;
        })));

    Task<CaseDelivery?> ICaseOutbox.GetAsync(string reference, CancellationToken cancellationToken) =>
        Guard(() => Task.FromResult(db.Read(c =>
        {
            var cmd = c.Command(SelectOutboxSql, "$ref");
            cmd.Parameters[0].Value = reference;
            using var reader = cmd.ExecuteReader();
            return reader.Read() ? ReadDelivery(reader) : null;
        })));

    public Task MarkDeliveredAsync(string reference, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default) =>
        Guard(() => db.WriteAsync(c =>
        {
            var cmd = c.Command(DeliveredSql, "$at", "$ref");
            cmd.Parameters[0].Value = deliveredAt.ToUnixTimeMilliseconds();
            cmd.Parameters[1].Value = reference;
            return cmd.ExecuteNonQuery();
        }, cancellationToken));

    public Task RecordFailedAttemptAsync(string reference, string reason, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default) =>
        Guard(() => db.WriteAsync(c =>
        {
            var cmd = c.Command(FailedSql, "$reason", "$next", "$ref");
            cmd.Parameters[0].Value = reason;
            cmd.Parameters[1].Value = nextAttemptAt.ToUnixTimeMilliseconds();
            cmd.Parameters[2].Value = reference;
            return cmd.ExecuteNonQuery();
        }, cancellationToken));

    private static CaseDelivery ReadDelivery(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetInt32(2),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)),
        r.IsDBNull(5) ? null : r.GetString(5),
        r.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)));

    private static async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try { return await work().ConfigureAwait(false); }
        catch (SqliteException ex) { throw new StorageUnavailableException("Sqlite", ex); }
    }

    private static async Task Guard(Func<Task<int>> work)
    {
        try { await work().ConfigureAwait(false); }
        catch (SqliteException ex) { throw new StorageUnavailableException("Sqlite", ex); }
    }
}
