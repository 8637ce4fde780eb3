namespace IqChatGuide.Bot.Storage;

/// <summary>
/// A write carried an ETag that is no longer current: someone else (another turn, another instance)
/// wrote the same key since it was read. Nothing of the failed write was stored.
/// </summary>
public sealed class StorageConflictException(string key)
    : Exception($"ETag conflict on storage key '{key}': it was changed since it was read.")
{
    public string Key { get; } = key;
}

/// <summary>The storage behind the bot cannot be reached right now (Redis down, SQLite file locked). Retrying later may work.</summary>
public sealed class StorageUnavailableException(string provider, Exception inner)
    : Exception($"{provider} storage is unavailable ({inner.GetType().Name}).", inner)
{
    public string Provider { get; } = provider;
}
