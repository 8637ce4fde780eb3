using System.Collections.Concurrent;

namespace IqChatGuide.Guidance.Cases;

/// <summary>Keeps cases in memory: for the Memory storage provider and tests. Lost on restart.</summary>
public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly ConcurrentDictionary<string, GuidanceCase> _cases = new(StringComparer.Ordinal);

    public int Count => _cases.Count;

    public Task CreateAsync(GuidanceCase guidanceCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(guidanceCase);
        cancellationToken.ThrowIfCancellationRequested();
        // A case is written once; a second case with the same reference would hide the first.
        if (!_cases.TryAdd(guidanceCase.Reference, guidanceCase))
            throw new InvalidOperationException("A case with this reference already exists.");
        return Task.CompletedTask;
    }

    public Task<GuidanceCase?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_cases.GetValueOrDefault(reference));
    }

    public Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_cases.TryRemove(reference, out _));
    }
}
