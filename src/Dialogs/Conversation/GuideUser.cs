namespace IqChatGuide.Dialogs.Conversation;

/// <summary>What the guide remembers about a person across conversations on the same channel: only the language.</summary>
public sealed class GuideUser
{
    public string? Culture { get; set; }
}
