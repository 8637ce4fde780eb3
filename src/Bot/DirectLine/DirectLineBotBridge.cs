using IqChatGuide.Bot.Messages;
using IqChatGuide.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.DirectLine;

/// <summary>
/// Connects widget conversations to the bot: an activity from the browser is written to the
/// transcript and then handed to the same <see cref="IBot"/> that serves /api/messages, through
/// <see cref="DirectLineAdapter"/>, which writes the bot's replies to the transcript as well.
/// </summary>
public sealed class DirectLineBotBridge(
    DirectLineAdapter adapter,
    DirectLineConversationStore store,
    IServiceScopeFactory scopes,
    ConversationGate gate,
    IStorage storage,
    IOptions<DirectLineOptions> options)
{
    private readonly DirectLineOptions _options = options.Value;

    /// <summary>Creates the conversation of a grant and, the first time, lets the bot greet.</summary>
    public async Task StartAsync(DirectLineGrant grant, Uri serviceUrl, CancellationToken ct)
    {
        if (!await store.CreateAsync(grant, ct)) return;

        var update = NewActivity(ActivityTypes.ConversationUpdate, grant, serviceUrl);
        update.MembersAdded = [new ChannelAccount(_options.BotId, _options.BotName, RoleTypes.Bot), User(grant)];
        await RunTurnAsync(update, ct);
    }

    /// <summary>
    /// Stores an activity from the browser and runs the bot's turn for it. Who sent it, where and when
    /// are set here from the token, never taken from the browser.
    /// </summary>
    public async Task<string> PostAsync(DirectLineGrant grant, Activity incoming, Uri serviceUrl, CancellationToken ct)
    {
        var activity = NewActivity(incoming.Type, grant, serviceUrl);
        activity.Text = incoming.Text;
        activity.TextFormat = incoming.TextFormat;
        activity.Value = incoming.Value;
        activity.Name = incoming.Name;
        activity.Attachments = incoming.Attachments;
        activity.ChannelData = incoming.ChannelData; // carries Web Chat's clientActivityID for the echo
        activity.Locale = incoming.Locale ?? grant.Locale;
        activity.LocalTimestamp = incoming.LocalTimestamp;
        activity.LocalTimezone = incoming.LocalTimezone;
        activity.Entities = incoming.Entities;

        var ids = await store.AppendAsync(grant.ConversationId, [activity], ct);
        if (activity.Type != ActivityTypes.Typing) await RunTurnAsync(activity, ct);
        return ids[0];
    }

    /// <summary>Sends proactive messages into a widget conversation (for example from a counsellor).</summary>
    public async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken ct)
    {
        var continuation = reference.GetContinuationActivity();
        await adapter.ProcessAsync(continuation, callback, ct);
    }

    /// <summary>True when a conversation reference belongs to a widget conversation of this bot.</summary>
    public async Task<bool> IsWidgetConversationAsync(ConversationReference reference, CancellationToken ct) =>
        reference.ChannelId == _options.ChannelId && reference.Conversation?.Id is { } id && await store.GetAsync(id, ct) is not null;

    /// <summary>
    /// One turn, with the same guarantees as /api/messages: one turn per conversation at a time in this
    /// process, replies held until the state is saved, and a turn that lost an ETag race to another
    /// instance run once more on fresh state (so the person never sees the replies of both runs).
    /// </summary>
    private async Task RunTurnAsync(Activity activity, CancellationToken ct)
    {
        var turnGate = gate.For(activity.ChannelId, activity.Conversation.Id);
        await turnGate.WaitAsync(ct);
        try
        {
            // The bot may be registered per scope (as in the Bot Framework templates).
            await using var scope = scopes.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            var stateBefore = await ConversationStateExistsAsync(activity, ct);
            var transcriptBefore = (await store.GetAsync(activity.Conversation.Id, ct))?.Activities.Count ?? 0;

            await adapter.ProcessAsync(activity, (turn, token) => TurnAsync(turn, bot, scope.ServiceProvider, token), ct);

            // "Delete my data" removes the conversation's state; the transcript kept here goes with it,
            // except what the bot said in this very turn (the confirmation the person is reading).
            if (stateBefore && !await ConversationStateExistsAsync(activity, ct))
                await store.EraseBeforeAsync(activity.Conversation.Id, transcriptBefore, ct);
        }
        finally
        {
            turnGate.Release();
        }
    }

    /// <summary>Whether the bot keeps state for this conversation (ConversationState's storage key).</summary>
    private async Task<bool> ConversationStateExistsAsync(Activity activity, CancellationToken ct)
    {
        var key = $"{activity.ChannelId}/conversations/{activity.Conversation.Id}";
        var items = await storage.ReadAsync([key], ct);
        return items.ContainsKey(key);
    }

    private static async Task TurnAsync(ITurnContext turn, IBot bot, IServiceProvider services, CancellationToken ct)
    {
        var outgoing = new OutgoingBuffer();
        turn.OnSendActivities(outgoing.OnSendAsync);
        try
        {
            try
            {
                await bot.OnTurnAsync(turn, ct);
            }
            catch (StorageConflictException)
            {
                outgoing.Discard();
                if (services.GetService<ConversationState>() is { } conversation) await conversation.LoadAsync(turn, force: true, ct);
                if (services.GetService<UserState>() is { } user) await user.LoadAsync(turn, force: true, ct);
                await bot.OnTurnAsync(turn, ct);
            }
        }
        catch
        {
            outgoing.PassThrough(); // the adapter's error handler answers
            throw;
        }
        await outgoing.FlushAsync(turn, ct);
    }

    private Activity NewActivity(string type, DirectLineGrant grant, Uri serviceUrl) => new()
    {
        Type = type,
        ChannelId = _options.ChannelId,
        ServiceUrl = serviceUrl.ToString(),
        Conversation = new ConversationAccount(id: grant.ConversationId),
        From = User(grant),
        Recipient = new ChannelAccount(_options.BotId, _options.BotName, RoleTypes.Bot),
        Locale = grant.Locale,
    };

    private static ChannelAccount User(DirectLineGrant grant) => new(grant.UserId, role: RoleTypes.User);
}
