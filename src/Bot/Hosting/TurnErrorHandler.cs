using IqChatGuide.Bot.Messages;
using IqChatGuide.Bot.Storage;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Hosting;

/// <summary>
/// The adapter's OnTurnError. The failed turn's state is not saved, so the conversation continues from the
/// last good turn. Logs only the exception type and where it was thrown: messages can contain what the
/// person wrote.
/// </summary>
public sealed class TurnErrorHandler(FriendlyReplies replies, ILogger<TurnErrorHandler> logger)
{
    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        var key = Classify(exception);
        logger.LogError("Turn failed: {ExceptionType} at {Site} ({ActivityType} on {ChannelId}); answered with {Reply}",
            exception.GetType().FullName,
            exception.TargetSite is { } site ? $"{site.DeclaringType?.FullName}.{site.Name}" : "unknown",
            turnContext.Activity?.Type,
            turnContext.Activity?.ChannelId,
            key);
        try
        {
            await turnContext.SendActivityAsync(replies.Create(turnContext, key)).ConfigureAwait(false);
        }
        catch (Exception sendFailure)
        {
            logger.LogWarning("Could not tell the person about the failed turn: {ExceptionType}", sendFailure.GetType().FullName);
        }
    }

    internal static string Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StorageUnavailableException:
                case StackExchange.Redis.RedisConnectionException:
                case StackExchange.Redis.RedisTimeoutException:
                    return FriendlyReplies.StorageUnavailable;
                case StorageConflictException:
                    return FriendlyReplies.SendAgain;
                case AggregateException { InnerExceptions.Count: 1 } agg:
                    return Classify(agg.InnerExceptions[0]);
            }
        }
        return FriendlyReplies.TurnFailed;
    }
}
