using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Bot.Storage.Memory;

/// <summary>Cases and outbox in process memory (tests, trials); gone when the process ends.</summary>
public sealed class MemoryCaseStore(TimeSpan deliveredCaseTtl) : ICaseStore, ICaseOutbox
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (string Json, CaseDelivery Delivery)> _cases = new(StringComparer.Ordinal);

    public Task CreateAsync(GuidanceCase guidanceCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(guidanceCase);
        var json = CaseJson.Serialize(guidanceCase);
        var now = guidanceCase.CreatedAt;
        lock (_gate)
        {
            if (_cases.ContainsKey(guidanceCase.Reference)) throw new CaseAlreadyExistsException(guidanceCase.Reference);
            _cases[guidanceCase.Reference] = (json, new CaseDelivery(guidanceCase.Reference, guidanceCase.OfficeId, 0, now, now, null, null));
        }
        return Task.CompletedTask;
    }

    public Task<GuidanceCase?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult(_cases.TryGetValue(reference, out var c) ? CaseJson.Deserialize(c.Json) : null);
    }

    public Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_cases.Remove(reference));
    }

    public Task<IReadOnlyList<CaseDelivery>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<CaseDelivery> due = _cases.Values.Select(c => c.Delivery)
                .Where(d => d.DeliveredAt is null && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.CreatedAt).Take(max).ToList();
            return Task.FromResult(due);
        }
    }

    Task<CaseDelivery?> ICaseOutbox.GetAsync(string reference, CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_cases.TryGetValue(reference, out var c) ? c.Delivery : null);
    }

    public Task MarkDeliveredAsync(string reference, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_cases.TryGetValue(reference, out var c))
                _cases[reference] = c with { Delivery = c.Delivery with { DeliveredAt = deliveredAt } };
        }
        return Task.CompletedTask;
    }

    public Task RecordFailedAttemptAsync(string reference, string reason, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_cases.TryGetValue(reference, out var c) && c.Delivery.DeliveredAt is null)
                _cases[reference] = c with { Delivery = c.Delivery with { Attempts = c.Delivery.Attempts + 1, LastError = reason, NextAttemptAt = nextAttemptAt } };
        }
        return Task.CompletedTask;
    }

    internal void RemoveExpired(DateTimeOffset now)
    {
        lock (_gate)
        {
            foreach (var (reference, c) in _cases.ToList())
                if (c.Delivery.DeliveredAt is { } at && at + deliveredCaseTtl <= now) _cases.Remove(reference);
        }
    }
}
