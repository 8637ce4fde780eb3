using IqChatGuide.Bot.DirectLine;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Localization;
using IqChatGuide.Guidance.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Bot.Counsel.LiveChat;

/// <summary>
/// A counsellor talking to the person in the widget conversation behind a case: take over (the bot falls
/// silent and the person is told a human joined), relay messages, hand back (the person is told, the bot
/// answers again). Messages reach the person through <see cref="DirectLineBotBridge"/>.
/// </summary>
public sealed class LiveChat(
    DirectLineBotBridge bridge,
    DirectLineConversationStore conversations,
    TakeoverStore takeovers,
    ILocalizerProvider localizers,
    OfficeDirectory offices,
    IOptions<DirectLineOptions> directLine,
    TimeProvider clock)
{
    public const int MaxMessageLength = 2000;

    /// <summary>Marks a counsellor's message in the transcript (the channel shows every non-person message as the bot's).</summary>
    public const string CounsellorMark = "counsellor";

    /// <summary>True when the case came from a widget conversation the bot still keeps and the person consented.</summary>
    public async Task<bool> IsAvailableAsync(GuidanceCase guidanceCase, CancellationToken ct) =>
        guidanceCase.TranscriptConsent && guidanceCase.ConversationId is { } id
        && guidanceCase.ChannelId == directLine.Value.ChannelId
        && await conversations.GetAsync(id, ct) is not null;

    public Task<Takeover?> CurrentAsync(GuidanceCase guidanceCase, CancellationToken ct) =>
        guidanceCase.ConversationId is { } id ? takeovers.GetAsync(id, ct) : Task.FromResult<Takeover?>(null);

    public async Task TakeOverAsync(GuidanceCase guidanceCase, string counsellor, CancellationToken ct)
    {
        if (await CurrentAsync(guidanceCase, ct) is not null) return;
        await takeovers.SetAsync(new Takeover
        {
            ConversationId = guidanceCase.ConversationId!,
            Reference = guidanceCase.Reference,
            OfficeId = guidanceCase.OfficeId,
            Counsellor = counsellor,
            Since = clock.GetUtcNow(),
        }, ct);
        var office = offices.Find(guidanceCase.OfficeId)?.Name ?? guidanceCase.OfficeId;
        await SendAsync(guidanceCase, Texts(guidanceCase).Format("counsel.live.joined", ("office", office)), fromCounsellor: false, ct);
    }

    public Task SayAsync(GuidanceCase guidanceCase, string text, CancellationToken ct) =>
        SendAsync(guidanceCase, text, fromCounsellor: true, ct);

    public async Task HandBackAsync(GuidanceCase guidanceCase, CancellationToken ct)
    {
        if (await CurrentAsync(guidanceCase, ct) is null) return;
        await takeovers.RemoveAsync(guidanceCase.ConversationId!, ct);
        await SendAsync(guidanceCase, Texts(guidanceCase)["counsel.live.left"].Value, fromCounsellor: false, ct);
    }

    private Microsoft.Extensions.Localization.IStringLocalizer Texts(GuidanceCase guidanceCase) => localizers.ForCulture(guidanceCase.Language);

    private async Task SendAsync(GuidanceCase guidanceCase, string text, bool fromCounsellor, CancellationToken ct)
    {
        var options = directLine.Value;
        var conversation = await conversations.GetAsync(guidanceCase.ConversationId!, ct)
            ?? throw new InvalidOperationException("The widget conversation no longer exists.");
        var reference = new ConversationReference
        {
            ChannelId = options.ChannelId,
            Conversation = new ConversationAccount(id: guidanceCase.ConversationId),
            Bot = new ChannelAccount(options.BotId, options.BotName, RoleTypes.Bot),
            ServiceUrl = "https://localhost/",
            User = new ChannelAccount(conversation.UserId, role: RoleTypes.User),
            Locale = guidanceCase.Language,
        };
        await bridge.ContinueConversationAsync(reference, async (turn, token) =>
        {
            // Not a reply to anything the person sees: Web Chat holds back replies to activities it never got.
            turn.OnSendActivities((_, activities, next) =>
            {
                foreach (var activity in activities) activity.ReplyToId = null;
                return next();
            });
            var message = MessageFactory.Text(text);
            if (fromCounsellor) message.ChannelData = new JObject { [CounsellorMark] = true };
            await turn.SendActivityAsync(message, token);
        }, ct);
    }
}
