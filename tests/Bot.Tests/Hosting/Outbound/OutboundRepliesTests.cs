using System.Net;
using IqChatGuide.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Bot.Tests.Hosting.Outbound;

/// <summary>
/// Channels other than expectReplies get the bot's answers by a call back to their connector service. The
/// client for that call is shared between turns, so the end of one turn must not close it for the next.
/// </summary>
public sealed class OutboundRepliesTests
{
    [Fact]
    public async Task Every_turn_of_a_conversation_reaches_the_channel_and_two_conversations_do_not_mix()
    {
        await using var channel = await ChannelConnector.StartAsync();
        await using var host = BotHost.Memory(echo: false);
        var http = host.CreateClient();
        var anna = new ConversationClient(http, "outbound-" + Guid.NewGuid().ToString("N"), "de-DE");
        var omar = new ConversationClient(http, "outbound-" + Guid.NewGuid().ToString("N"), "en-US");

        async Task<IReadOnlyList<Activity>> Turn(ConversationClient person, string type, string? text)
        {
            var before = channel.Received.Count;
            var activity = person.NewActivity(type, text);
            activity.DeliveryMode = null; // answered through the channel, not in the HTTP response
            activity.ServiceUrl = channel.ServiceUrl;
            if (type == ActivityTypes.ConversationUpdate) activity.MembersAdded = [new ChannelAccount(person.UserId, "Test person")];
            var turn = await person.SendAsync(activity);
            Assert.Equal(HttpStatusCode.OK, turn.Status);
            Assert.Empty(turn.Replies);
            var replies = channel.Received.Where(a => a.Conversation.Id == person.ConversationId).ToList();
            Assert.True(channel.Received.Count > before, "the turn's answer did not reach the channel");
            return replies;
        }

        await Turn(anna, ActivityTypes.ConversationUpdate, null);
        await Turn(omar, ActivityTypes.ConversationUpdate, null);
        for (var i = 0; i < 3; i++)
        {
            // Anything the person says gets an answer on the channel, turn after turn.
            await Turn(anna, ActivityTypes.Message, "hilfe");
            await Turn(omar, ActivityTypes.Message, "help");
        }

        var toAnna = channel.Received.Where(a => a.Conversation.Id == anna.ConversationId).ToList();
        var toOmar = channel.Received.Where(a => a.Conversation.Id == omar.ConversationId).ToList();
        Assert.True(toAnna.Count >= 4 && toOmar.Count >= 4, $"{toAnna.Count} replies to Anna, {toOmar.Count} to Omar");
        Assert.All(toAnna, a => Assert.Equal(anna.UserId, a.Recipient?.Id));
        Assert.All(toOmar, a => Assert.Equal(omar.UserId, a.Recipient?.Id));
        // Each is answered in their own language.
        Assert.Contains(toAnna, a => a.Locale?.StartsWith("de", StringComparison.Ordinal) == true || (a.ChannelData as JObject)?["language"]?.ToString() == "de");
    }
}
