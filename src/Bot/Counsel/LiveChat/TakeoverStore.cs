using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Counsel.LiveChat;

/// <summary>A conversation a counsellor has taken over: while it exists the bot stays silent in it.</summary>
public sealed class Takeover : IStoreItem
{
    public string ConversationId { get; set; } = "";
    public string Reference { get; set; } = "";
    public string OfficeId { get; set; } = "";
    public string Counsellor { get; set; } = "";
    public DateTimeOffset Since { get; set; }
    public string ETag { get; set; } = null!;
}

/// <summary>Take-overs in the bot's storage, so every instance behind the load balancer knows them.</summary>
public sealed class TakeoverStore(IStorage storage)
{
    private static string Key(string conversationId) => "counsel/takeover/" + conversationId;

    public async Task<Takeover?> GetAsync(string conversationId, CancellationToken ct)
    {
        var items = await storage.ReadAsync<Takeover>([Key(conversationId)], ct);
        return items.TryGetValue(Key(conversationId), out var item) ? item : null;
    }

    public Task SetAsync(Takeover takeover, CancellationToken ct) =>
        storage.WriteAsync(new Dictionary<string, object> { [Key(takeover.ConversationId)] = takeover }, ct);

    public Task RemoveAsync(string conversationId, CancellationToken ct) => storage.DeleteAsync([Key(conversationId)], ct);
}
