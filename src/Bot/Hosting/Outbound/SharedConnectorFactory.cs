using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace IqChatGuide.Bot.Hosting.Outbound;

/// <summary>Hands out the shared connector client for a channel endpoint, building it with the real factory the first time.</summary>
internal sealed class SharedConnectorFactory(ConnectorFactory inner, string botKey, SharedConnectorClients clients) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        clients.GetAsync(botKey + "|" + serviceUrl + "|" + audience, () => inner.CreateAsync(serviceUrl, audience, cancellationToken));
}
