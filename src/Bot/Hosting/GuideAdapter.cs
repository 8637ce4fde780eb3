using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Bot.Hosting;

/// <summary>
/// CloudAdapter that takes an activity the endpoint has already parsed and checked, so the body is read once
/// (CloudAdapter.ProcessAsync would read and parse the request again).
/// </summary>
public sealed class GuideAdapter(BotFrameworkAuthentication authentication, ILogger<CloudAdapter> logger)
    : CloudAdapter(authentication, logger)
{
    public Task<InvokeResponse> ProcessParsedActivityAsync(string? authHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader ?? string.Empty, activity, callback, cancellationToken);
}
