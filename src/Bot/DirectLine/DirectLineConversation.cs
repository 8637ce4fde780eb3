using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.DirectLine;

/// <summary>
/// One widget conversation as kept in the bot's storage: who may use it and every activity so far.
/// Activities are kept as JSON text so they round-trip unchanged through any IStorage serializer.
/// The watermark of an activity is its index in <see cref="Activities"/>.
/// </summary>
public sealed class DirectLineConversation : IStoreItem
{
    public string ConversationId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string? Locale { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public List<string> Activities { get; set; } = [];

    public string ETag { get; set; } = null!;
}
