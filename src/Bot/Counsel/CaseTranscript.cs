using IqChatGuide.Bot.DirectLine;
using IqChatGuide.Guidance.Cases;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Counsel;

/// <summary>One message of the conversation as the counsellor reads it.</summary>
public sealed record TranscriptLine(DateTimeOffset? At, string Role, string Text);

/// <summary>
/// The conversation behind a case, where the person consented and the bot keeps it: the widget's own
/// Direct Line record. Messenger channels keep their history themselves, so there is none here.
/// </summary>
public sealed class CaseTranscript(DirectLineConversationStore conversations, IOptions<DirectLineOptions> directLine)
{
    public const string PersonRole = "person";
    public const string BotRole = "bot";
    public const string CounsellorRole = "counsellor";

    /// <returns>null when no record exists for the case's channel.</returns>
    public async Task<IReadOnlyList<TranscriptLine>?> ReadAsync(GuidanceCase guidanceCase, CancellationToken ct)
    {
        if (!guidanceCase.TranscriptConsent || guidanceCase.ConversationId is null) return null;
        if (guidanceCase.ChannelId != directLine.Value.ChannelId) return null;
        var conversation = await conversations.GetAsync(guidanceCase.ConversationId, ct);
        if (conversation is null) return null;
        var (activities, _) = DirectLineConversationStore.Page(conversation, 0, int.MaxValue);
        return activities
            .Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(a.Text))
            .Select(a => new TranscriptLine(a.Timestamp, RoleOf(a), a.Text))
            .ToList();
    }

    private static string RoleOf(Activity a) =>
        a.From?.Role == RoleTypes.User ? PersonRole
        : a.ChannelData is Newtonsoft.Json.Linq.JObject data && data.Value<bool?>(LiveChat.LiveChat.CounsellorMark) == true ? CounsellorRole
        : BotRole;
}
