using System.Security.Cryptography;
using System.Text;

namespace IqChatGuide.Guidance.Faq;

/// <summary>
/// The key a kept question text is filed under, so that "delete my data" finds the texts of that conversation
/// without anything else knowing whose they are: the SHA-256 (lower-case hex) of the channel id and the
/// conversation id. The ids themselves are never stored with the text, and the report never shows the key.
/// </summary>
public static class FaqOwner
{
    /// <summary>The owner key of a conversation; null without a channel or conversation id (then nothing is kept).</summary>
    public static string? Of(string? channelId, string? conversationId)
    {
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId)) return null;
        // The length keeps "a" + "b/c" apart from "a/b" + "c".
        var input = $"{channelId.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{channelId}/{conversationId}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
    }
}
