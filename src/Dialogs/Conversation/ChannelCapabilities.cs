namespace IqChatGuide.Dialogs.Conversation;

/// <summary>
/// Which channels show suggested-action buttons. Everything else — SMS, e-mail and channels we do not
/// know — gets the options as a numbered list, so "2" picks the second.
/// </summary>
public static class ChannelCapabilities
{
    private static readonly HashSet<string> WithButtons = new(StringComparer.OrdinalIgnoreCase)
    {
        "webchat", "directline", "emulator", "test", "msteams", "telegram", "facebook", "slack", "line", "skype", "kik", "groupme", "omnichannel",
    };

    public static bool SupportsButtons(string? channelId) => channelId is not null && WithButtons.Contains(channelId);
}
