using System.Collections.Concurrent;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Storage.Memory;

/// <summary>
/// In-process state for tests and single-instance trials. Values are kept serialized, so callers never share
/// objects with the store. Reads take no lock; writes lock only the stripes of the keys they touch (in a fixed
/// order, so multi-key writes are atomic without a global lock).
/// </summary>
public sealed class MemoryStateStorage(TimeProvider clock, TimeSpan ttl) : IStorage
{
    private sealed record Entry(string Json, string ETag, long ExpiresAt);

    private readonly ConcurrentDictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly object[] _stripes = Enumerable.Range(0, 64).Select(_ => new object()).ToArray();

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var e) && e.ExpiresAt > now && StateJson.Deserialize(e.Json, e.ETag) is { } value)
                result[key] = value;
        }
        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return Task.CompletedTask;

        // Serialize outside the locks.
        var prepared = new (string Key, object Value, string Json, string? Expected, string NewETag)[changes.Count];
        var i = 0;
        foreach (var (key, value) in changes)
            prepared[i++] = (key, value, StateJson.Serialize(value), StateJson.ExpectedETag(value), StateJson.NewETag());

        var stripes = prepared.Select(p => StripeOf(p.Key)).Distinct().Order().ToArray();
        foreach (var s in stripes) Monitor.Enter(_stripes[s]);
        try
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            foreach (var p in prepared)
            {
                if (p.Expected is not null && _items.TryGetValue(p.Key, out var current) && current.ExpiresAt > now && current.ETag != p.Expected)
                    throw new StorageConflictException(p.Key);
            }
            var expires = now + (long)ttl.TotalMilliseconds;
            foreach (var p in prepared)
                _items[p.Key] = new Entry(p.Json, p.NewETag, expires);
        }
        finally
        {
            for (var s = stripes.Length - 1; s >= 0; s--) Monitor.Exit(_stripes[stripes[s]]);
        }
        foreach (var p in prepared) StateJson.AfterWrite(p.Value, p.NewETag);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            lock (_stripes[StripeOf(key)]) _items.TryRemove(key, out _);
        }
        return Task.CompletedTask;
    }

    internal void RemoveExpired(DateTimeOffset now)
    {
        var ms = now.ToUnixTimeMilliseconds();
        foreach (var (key, entry) in _items)
            if (entry.ExpiresAt <= ms) _items.TryRemove(new KeyValuePair<string, Entry>(key, entry));
    }

    private int StripeOf(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length);
}
