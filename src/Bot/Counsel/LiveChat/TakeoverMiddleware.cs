using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Bot.Counsel.LiveChat;

/// <summary>
/// Keeps the bot out of a conversation a counsellor has taken over: the person's messages are still recorded
/// (the widget's transcript, which the counsellor reads in the inbox), but the bot does not answer them.
/// </summary>
public sealed class TakeoverMiddleware(TakeoverStore takeovers) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Conversation?.Id is { } id
            && await takeovers.GetAsync(id, cancellationToken) is not null)
            return;
        await next(cancellationToken);
    }
}
