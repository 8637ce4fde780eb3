using IqChatGuide.Bot.Hosting.Outbound;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;

namespace IqChatGuide.Bot.Tests.Hosting.Outbound;

public sealed class SharedConnectorClientsTests
{
    private static Activity Incoming(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: "c1"),
        From = new ChannelAccount("u1"),
        Recipient = new ChannelAccount("bot"),
    };

    private static SharedClientsAuthentication Authentication() =>
        new(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()));

    private static async Task<IConnectorClient> ClientForTurnAsync(SharedClientsAuthentication auth, string serviceUrl)
    {
        var result = await auth.AuthenticateRequestAsync(Incoming(serviceUrl), "", CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(serviceUrl, result.Audience, CancellationToken.None);
    }

    [Fact]
    public async Task Turns_to_one_channel_share_a_client_that_the_end_of_a_turn_does_not_close()
    {
        using var auth = Authentication();
        var first = await ClientForTurnAsync(auth, "http://127.0.0.1:9/");
        first.Dispose(); // what CloudAdapter does at the end of every turn
        var second = await ClientForTurnAsync(auth, "http://127.0.0.1:9/");

        Assert.Same(first.Conversations, second.Conversations);
        // Still usable: the call fails because nothing listens on port 9, not because the client was disposed.
        var failure = await Record.ExceptionAsync(() => second.Conversations.SendToConversationAsync("c1", MessageFactory.Text("hi")));
        Assert.NotNull(failure);
        Assert.IsType<HttpRequestException>(failure);
    }

    [Fact]
    public async Task Different_channel_endpoints_get_their_own_client()
    {
        using var auth = Authentication();
        var telegram = await ClientForTurnAsync(auth, "https://telegram.example/");
        var whatsapp = await ClientForTurnAsync(auth, "https://whatsapp.example/");
        Assert.NotSame(telegram.Conversations, whatsapp.Conversations);
        Assert.Equal(new Uri("https://telegram.example/"), telegram.BaseUri);
        Assert.Equal(new Uri("https://whatsapp.example/"), whatsapp.BaseUri);
    }

    [Fact]
    public async Task Service_urls_beyond_the_bound_are_not_kept()
    {
        // With authentication off anybody can name a service URL: those must not pile up in memory.
        var clients = new SharedConnectorClients();
        var built = 0;
        Task<IConnectorClient> Build(string url)
        {
            built++;
            return Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(url)));
        }
        for (var i = 0; i < SharedConnectorClients.MaxShared + 50; i++)
        {
            var url = $"https://spam{i}.example/";
            (await clients.GetAsync(url, () => Build(url))).Dispose();
        }
        Assert.Equal(SharedConnectorClients.MaxShared, clients.Count);

        // Known endpoints are still shared; an unknown one beyond the bound is built for its turn only.
        await clients.GetAsync("https://spam0.example/", () => Build("https://spam0.example/"));
        var before = built;
        await clients.GetAsync("https://new.example/", () => Build("https://new.example/"));
        await clients.GetAsync("https://new.example/", () => Build("https://new.example/"));
        Assert.Equal(before + 2, built);
        clients.Dispose();
    }

    [Fact]
    public async Task A_client_that_could_not_be_built_is_tried_again_on_the_next_turn()
    {
        var clients = new SharedConnectorClients();
        var attempts = 0;
        Task<IConnectorClient> Flaky()
        {
            attempts++;
            return attempts == 1
                ? Task.FromException<IConnectorClient>(new HttpRequestException("credentials service down"))
                : Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri("https://channel.example/")));
        }
        await Assert.ThrowsAsync<HttpRequestException>(() => clients.GetAsync("k", Flaky));
        var client = await clients.GetAsync("k", Flaky);
        Assert.Equal(new Uri("https://channel.example/"), client.BaseUri);
        Assert.Equal(2, attempts);
        clients.Dispose();
    }
}
