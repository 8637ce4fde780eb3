namespace IqChatGuide.Bot.Widget;

/// <summary>Settings of the website widget (section "Widget").</summary>
public sealed class WidgetOptions
{
    public const string Section = "Widget";

    /// <summary>
    /// Websites allowed to show the chat in a frame (embed.js), e.g. "https://www.netzwerk-iq.de".
    /// Empty: only the bot's own pages.
    /// </summary>
    public List<string> EmbedOrigins { get; set; } = [];
}
