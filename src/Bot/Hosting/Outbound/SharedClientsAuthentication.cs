using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Bot.Hosting.Outbound;

/// <summary>
/// Bot Framework authentication that keeps the outbound clients of a turn instead of building them anew for
/// every activity. CloudAdapter asks for a connector client and a user-token client on every turn and disposes
/// both at its end; building them (an HttpClient, credentials, a user-agent string parsed with regular
/// expressions) cost a fifth of a turn's CPU although an expectReplies turn never calls the channel and the
/// guide never signs anyone in. Connector clients are shared per bot, channel endpoint and audience (as
/// Bot Framework's older BotFrameworkAdapter did); the user-token client is built only when it is first used.
/// Authentication itself is untouched: every request is still checked by the configured authentication.
/// </summary>
public sealed class SharedClientsAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication, IDisposable
{
    private readonly SharedConnectorClients _connectors = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Share(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Share(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), BotKey(claimsIdentity), _connectors);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(ct => inner.CreateUserTokenClientAsync(claimsIdentity, ct)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public void Dispose() => _connectors.Dispose();

    private AuthenticateRequestResult Share(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory)
            result.ConnectorFactory = new SharedConnectorFactory(factory, BotKey(result.ClaimsIdentity), _connectors);
        return result;
    }

    // The connector's credentials belong to the bot the request was addressed to (its app id in the claims).
    private static string BotKey(ClaimsIdentity? identity) =>
        (identity?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? "") + "|" + (identity?.FindFirst(AuthenticationConstants.AppIdClaim)?.Value ?? "");
}
