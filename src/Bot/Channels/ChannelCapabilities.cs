namespace IqChatGuide.Bot.Channels;

/// <summary>What a channel can show: buttons or only text, how long a message may be, events.</summary>
/// <param name="ChannelId">the Bot Framework channel id.</param>
/// <param name="MaxButtons">most suggested actions shown as buttons; 0 = numbered text instead.</param>
/// <param name="MaxMessageLength">longest text in one message; 0 = no limit that matters here.</param>
/// <param name="AcceptsEvents">whether event activities (such as handoff.initiate) reach something that uses them.</param>
public sealed record ChannelCapabilities(string ChannelId, int MaxButtons, int MaxMessageLength, bool AcceptsEvents)
{
    /// <summary>
    /// Web Chat shows a messageBack button's displayText as the person's own message, so a pick shows
    /// in their language ("Ja") while the bot still receives the stable value ("yes").
    /// </summary>
    public bool ShowsDisplayText => ChannelId is "webchat" or "directline";

    public bool ShowsButtons => MaxButtons > 0;

    public bool CanShowButtons(int count) => count <= MaxButtons;

    /// <summary>The capabilities of a channel id; unknown channels get plain numbered text and no events.</summary>
    public static ChannelCapabilities For(string? channelId)
    {
        var id = channelId?.Trim().ToLowerInvariant() ?? "";
        return id switch
        {
            // Web Chat and Direct Line clients render suggested actions and receive events.
            "webchat" or "directline" or "emulator" => new(id, 100, 0, true),
            // Teams shows suggested actions in personal chats (at most six); a contact centre can take events.
            "msteams" => new(id, 6, 28000, true),
            // Contact-centre channel (Dynamics 365 Omnichannel) that routes handoff.initiate to an agent.
            "omnichannel" => new(id, 100, 0, true),
            // Quick replies: Messenger allows 13; Bot Framework's Channel helper uses 10, the safer value.
            "facebook" => new(id, 10, 2000, false),
            // Inline keyboards; the Bot API rejects texts over 4096 characters.
            "telegram" => new(id, 100, 4096, false),
            // Twilio SMS: concatenated messages up to 1600 characters, no buttons.
            "sms" => new(id, 0, 1600, false),
            "email" => new(id, 0, 0, false),
            _ => new(id, 0, 0, false),
        };
    }
}
