using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IqChatGuide.Bot.Tests.DirectLine;

namespace IqChatGuide.Bot.Tests.Channels;

/// <summary>With an app id set (as for Azure Bot Service channels), /api/messages only takes signed requests.</summary>
public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private readonly WidgetBotServer _server = new(echo: true, settings: new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = "9f6a3a53-6c1a-4f44-9b67-7e0c3f7a8b21",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppType"] = "MultiTenant",
    });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    /// <summary>What Azure Bot Service forwards from Telegram, minus its signature.</summary>
    private const string TelegramMessage = """
        {"type":"message","id":"4711","channelId":"telegram","serviceUrl":"https://telegram.botframework.com/",
         "from":{"id":"123456789","name":"Amina"},"recipient":{"id":"iq-chat-guide@abc","name":"IQ Chat Guide"},
         "conversation":{"id":"123456789"},"text":"Hallo","locale":"de",
         "channelData":{"message":{"message_id":7,"chat":{"id":123456789,"type":"private"},"text":"Hallo"}}}
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.c2lnbmF0dXJl")]
    public async Task A_channel_message_without_a_valid_Bot_Framework_token_gets_401(string? authorization)
    {
        using var http = _server.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(TelegramMessage, Encoding.UTF8, "application/json") };
        if (authorization is not null) request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("echo", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_widget_keeps_working_with_its_own_tokens_when_channel_authentication_is_on()
    {
        var client = await _server.StartConversationAsync("de");
        await client.SayAsync("Hallo");

        var (activities, _) = await client.GetAsync();
        Assert.Contains(activities, a => a!["text"]?.GetValue<string>() == "echo: Hallo");
    }
}
