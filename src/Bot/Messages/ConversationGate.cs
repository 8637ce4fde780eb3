namespace IqChatGuide.Bot.Messages;

/// <summary>
/// Lets one turn per conversation run at a time inside this process, so a double click does not race on the
/// conversation's state. Striped locks: no per-conversation allocation and nothing to clean up; two
/// conversations rarely share a stripe, and then only wait for each other briefly. Across instances the
/// storage's ETags catch the race instead.
/// </summary>
public sealed class ConversationGate
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 4096).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public SemaphoreSlim For(string channelId, string conversationId)
    {
        var hash = HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(channelId),
            StringComparer.Ordinal.GetHashCode(conversationId));
        return _stripes[(uint)hash % (uint)_stripes.Length];
    }
}
