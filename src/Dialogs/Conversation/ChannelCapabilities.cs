namespace IqChatGuide.Dialogs.Conversation;

/// <summary>
/// The one table of what each channel shows. The host shapes every reply by it (buttons it cannot show
/// become numbered text there), and the guide asks it before it words a reply, so what the guide offers
/// ("type 1") is what the person sees. It lives here because the guide needs it and the host depends on
/// the guide, not the other way round. A channel not listed gets plain numbered text.
/// </summary>
public static class ChannelCapabilities
{
    /// <summary>
    /// The most suggested actions each channel shows as buttons. Limits as in the Bot Framework's own
    /// channel table (Facebook 10, LINE 13); Teams shows suggested actions in personal chats, at most six.
    /// Slack, GroupMe, Skype, Kik, SMS and e-mail show none: there the options come numbered.
    /// "test" is the Bot Framework test adapter's channel, where both ends are the bot's own code.
    /// </summary>
    private static readonly Dictionary<string, int> ButtonLimits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["webchat"] = 100, ["directline"] = 100, ["emulator"] = 100, ["test"] = 100, ["omnichannel"] = 100,
        ["telegram"] = 100, ["msteams"] = 6, ["facebook"] = 10, ["line"] = 13,
    };

    /// <summary>
    /// Channels whose cards keep their buttons under their own message and send a messageBack click as
    /// the stable value while showing the localized title as the person's message: Web Chat (the widget,
    /// Direct Line, the emulator, Omnichannel) and Teams. Elsewhere only the newest message's buttons
    /// can be pressed, so an older message cannot carry buttons of its own.
    /// </summary>
    private static readonly HashSet<string> MessageBackCards = new(StringComparer.OrdinalIgnoreCase)
    {
        "webchat", "directline", "emulator", "test", "omnichannel", "msteams",
    };

    /// <summary>How many suggested actions the channel shows as buttons; 0 = numbered text instead.</summary>
    public static int MaxButtons(string? channelId) =>
        channelId is not null && ButtonLimits.TryGetValue(channelId.Trim(), out var max) ? max : 0;

    /// <summary>Whether the channel shows suggested actions as buttons at all.</summary>
    public static bool SupportsButtons(string? channelId) => MaxButtons(channelId) > 0;

    /// <summary>Whether the channel shows <paramref name="count"/> suggested actions as buttons (else they come numbered).</summary>
    public static bool SupportsButtons(string? channelId, int count) => MaxButtons(channelId) is var max && max > 0 && count <= max;

    /// <summary>Whether a card's messageBack buttons stay usable under their message after newer messages arrive.</summary>
    public static bool KeepsCardButtons(string? channelId) => channelId is not null && MessageBackCards.Contains(channelId.Trim());
}
