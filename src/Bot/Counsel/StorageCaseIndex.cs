using IqChatGuide.Bot.Storage;
using IqChatGuide.Guidance.Cases;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Counsel;

/// <summary>
/// <see cref="ICaseIndex"/> in the bot's configured storage (SQLite, Redis or memory): one item per case and
/// one list of references per office, changed with ETags so instances sharing Redis do not lose entries.
/// Items follow the storage's retention, like conversation state.
/// </summary>
public sealed class StorageCaseIndex(IStorage storage, TimeProvider clock) : ICaseIndex
{
    private const int Attempts = 8;

    private static string CaseKey(string reference) => "counsel/cases/" + reference;
    private static string OfficeKey(string officeId) => "counsel/offices/" + officeId;

    public async Task AddAsync(CaseIndexEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (await ReadCaseAsync(entry.Reference, cancellationToken) is null)
        {
            var item = CaseItem.From(entry);
            item.ETag = StateJson.CreateOnlyETag;
            await TryWriteAsync(CaseKey(entry.Reference), item, cancellationToken);
        }
        await ChangeListAsync(entry.OfficeId, list => list.Add(entry.Reference), cancellationToken);
    }

    public async Task<CaseIndexEntry?> GetAsync(string reference, CancellationToken cancellationToken = default) =>
        (await ReadCaseAsync(reference, cancellationToken))?.ToEntry();

    public async Task<IReadOnlyList<CaseIndexEntry>> ListAsync(string officeId, CancellationToken cancellationToken = default)
    {
        var list = await ReadAsync<OfficeCases>(OfficeKey(officeId), cancellationToken);
        if (list is null || list.References.Count == 0) return [];
        var items = await storage.ReadAsync<CaseItem>(list.References.Select(CaseKey).ToArray(), cancellationToken);
        return items.Values.Select(i => i.ToEntry())
            .Where(e => e.OfficeId == officeId) // an office never lists another office's case, whatever its list says
            .OrderByDescending(e => e.CreatedAt)
            .ToList();
    }

    public async Task<bool> UpdateAsync(string reference, CaseWorkStatus status, string? note, string updatedBy, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var item = await ReadCaseAsync(reference, cancellationToken);
            if (item is null) return false;
            item.Status = status;
            item.Note = note;
            item.UpdatedAt = clock.GetUtcNow();
            item.UpdatedBy = updatedBy;
            if (await TryWriteAsync(CaseKey(reference), item, cancellationToken)) return true;
        }
        throw new StorageConflictException(CaseKey(reference));
    }

    public async Task RemoveAsync(string reference, CancellationToken cancellationToken = default)
    {
        var item = await ReadCaseAsync(reference, cancellationToken);
        await storage.DeleteAsync([CaseKey(reference)], cancellationToken);
        if (item is not null) await ChangeListAsync(item.OfficeId, list => list.Remove(reference), cancellationToken);
    }

    private Task<CaseItem?> ReadCaseAsync(string reference, CancellationToken ct) => ReadAsync<CaseItem>(CaseKey(reference), ct);

    private async Task<T?> ReadAsync<T>(string key, CancellationToken ct) where T : class
    {
        var items = await storage.ReadAsync<T>([key], ct);
        return items.TryGetValue(key, out var item) ? item : null;
    }

    private async Task ChangeListAsync(string officeId, Func<HashSet<string>, bool> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var list = await ReadAsync<OfficeCases>(OfficeKey(officeId), ct)
                ?? new OfficeCases { ETag = StateJson.CreateOnlyETag };
            var references = new HashSet<string>(list.References, StringComparer.Ordinal);
            if (!change(references)) return; // already as wanted
            list.References = [.. references];
            if (await TryWriteAsync(OfficeKey(officeId), list, ct)) return;
        }
        throw new StorageConflictException(OfficeKey(officeId));
    }

    private async Task<bool> TryWriteAsync(string key, IStoreItem item, CancellationToken ct)
    {
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = item }, ct);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>Stored shape of one listed case.</summary>
    public sealed class CaseItem : IStoreItem
    {
        public string Reference { get; set; } = "";
        public string OfficeId { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public CaseWorkStatus Status { get; set; }
        public string? Note { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public string? UpdatedBy { get; set; }
        public string ETag { get; set; } = null!;

        public static CaseItem From(CaseIndexEntry e) => new()
        {
            Reference = e.Reference, OfficeId = e.OfficeId, CreatedAt = e.CreatedAt, Status = e.Status,
            Note = e.Note, UpdatedAt = e.UpdatedAt, UpdatedBy = e.UpdatedBy,
        };

        public CaseIndexEntry ToEntry() => new(Reference, OfficeId, CreatedAt)
        {
            Status = Status, Note = Note, UpdatedAt = UpdatedAt, UpdatedBy = UpdatedBy,
        };
    }

    /// <summary>Stored shape of an office's list.</summary>
    public sealed class OfficeCases : IStoreItem
    {
        public List<string> References { get; set; } = [];
        public string ETag { get; set; } = null!;
    }
}
