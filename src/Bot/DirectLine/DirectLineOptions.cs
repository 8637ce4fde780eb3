using System.ComponentModel.DataAnnotations;

namespace IqChatGuide.Bot.DirectLine;

/// <summary>Settings of the self-hosted Direct Line endpoint (section "DirectLine").</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs the tokens. Every instance behind a load balancer needs
    /// the same key; when empty, a key is generated once and kept in <see cref="KeyFile"/>.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Where a generated signing key is kept, relative to the content root.</summary>
    [Required]
    public string KeyFile { get; set; } = "data-store/directline-signing.key";

    /// <summary>How long a token is valid; the page refreshes it before it runs out.</summary>
    [Range(60, 86400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Token requests one client address may make per minute.</summary>
    [Range(1, 10000)]
    public int TokenRequestsPerMinute { get; set; } = 10;

    /// <summary>Most activities returned by one poll; the client asks again from the new watermark.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>A conversation stops accepting messages beyond this many activities.</summary>
    [Range(10, 100000)]
    public int MaxActivitiesPerConversation { get; set; } = 2000;

    /// <summary>Longest message text accepted from the browser.</summary>
    [Range(1, 100000)]
    public int MaxTextLength { get; set; } = 4000;

    /// <summary>Channel id stamped on activities from the widget (Azure uses "webchat" for Web Chat).</summary>
    [Required]
    public string ChannelId { get; set; } = "webchat";

    /// <summary>The bot's account id in widget conversations.</summary>
    [Required]
    public string BotId { get; set; } = "iq-chat-guide";

    [Required]
    public string BotName { get; set; } = "IQ Chat Guide";
}
