using IqChatGuide.Bot.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Bot.Tests.DirectLine;

public sealed class ProactiveMessageTests
{
    [Fact]
    public async Task A_message_sent_later_into_a_widget_conversation_reaches_the_browser()
    {
        await using var server = new WidgetBotServer(echo: true);
        var client = await server.StartConversationAsync("de");
        var (first, watermark) = await client.GetAsync();
        var reference = new ConversationReference
        {
            ChannelId = "webchat",
            Conversation = new ConversationAccount(id: client.ConversationId),
            User = new ChannelAccount(client.UserId),
            Bot = new ChannelAccount("iq-chat-guide"),
            ServiceUrl = server.Address.ToString(),
        };
        var bridge = server.Services.GetRequiredService<DirectLineBotBridge>();

        Assert.True(await bridge.IsWidgetConversationAsync(reference, TestContext.Current.CancellationToken));
        await bridge.ContinueConversationAsync(reference,
            (turn, ct) => turn.SendActivityAsync("Eine Beraterin ist jetzt für Sie da.", cancellationToken: ct),
            TestContext.Current.CancellationToken);

        var (later, _) = await client.GetAsync(watermark);
        var message = Assert.Single(later);
        Assert.Equal("Eine Beraterin ist jetzt für Sie da.", message!["text"]!.GetValue<string>());
        Assert.Equal("bot", message["from"]!["role"]!.GetValue<string>());
    }
}
