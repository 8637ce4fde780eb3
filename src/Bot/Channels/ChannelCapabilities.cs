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

    /// <summary>
    /// The capabilities of a channel id; unknown channels get plain numbered text and no events. How many
    /// buttons a channel shows comes from the guide's table (<see cref="Dialogs.Conversation.ChannelCapabilities"/>),
    /// the same one the guide words its replies by, so the two never disagree.
    /// </summary>
    public static ChannelCapabilities For(string? channelId)
    {
        var id = channelId?.Trim().ToLowerInvariant() ?? "";
        var buttons = Dialogs.Conversation.ChannelCapabilities.MaxButtons(id);
        return id switch
        {
            // Web Chat and Direct Line clients receive events.
            "webchat" or "directline" or "emulator" => new(id, buttons, 0, true),
            // A contact centre behind Teams can take events.
            "msteams" => new(id, buttons, 28000, true),
            // Contact-centre channel (Dynamics 365 Omnichannel) that routes handoff.initiate to an agent.
            "omnichannel" => new(id, buttons, 0, true),
            "facebook" => new(id, buttons, 2000, false),
            // The Bot API rejects texts over 4096 characters.
            "telegram" => new(id, buttons, 4096, false),
            // LINE rejects texts over 5000 characters.
            "line" => new(id, buttons, 5000, false),
            // Twilio SMS: concatenated messages up to 1600 characters.
            "sms" => new(id, buttons, 1600, false),
            _ => new(id, buttons, 0, false),
        };
    }
}
