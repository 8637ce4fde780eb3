using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;

namespace IqChatGuide.Bot.Messages;

/// <summary>POST /api/messages: read once, run the turn, write the adapter's answer (the replies, for expectReplies).</summary>
public sealed class MessagesEndpoint(ActivityReader reader, TurnRunner runner, ILogger<MessagesEndpoint> logger)
{
    // One configured serializer: JsonConvert.SerializeObject builds a new one on every call.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings);

    public async Task HandleAsync(HttpContext http)
    {
        var aborted = http.RequestAborted;
        var (activity, problem) = await reader.ReadAsync(http.Request, aborted).ConfigureAwait(false);
        if (activity is null)
        {
            await Problem(http, StatusCodes.Status400BadRequest, "Bad activity", problem!).ConfigureAwait(false);
            return;
        }

        InvokeResponse? response;
        try
        {
            var bot = http.RequestServices.GetRequiredService<IBot>();
            response = await runner.RunAsync(http.Request.Headers.Authorization, activity, bot, aborted).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException)
        {
            await Problem(http, StatusCodes.Status401Unauthorized, "Unauthorized", "The request has no valid Bot Framework token.").ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return; // the client went away
        }
        catch (Exception ex)
        {
            // Failures inside the turn are answered by the adapter's error handler; this is what remains
            // (for example a channel that cannot be answered). Only the type is logged: messages can hold personal data.
            logger.LogWarning("Activity could not be processed: {ExceptionType}", ex.GetType().FullName);
            await Problem(http, StatusCodes.Status400BadRequest, "Bad activity", "The activity could not be processed.").ConfigureAwait(false);
            return;
        }

        if (response is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        http.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            var json = new StringBuilder(2048);
            using (var writer = new StringWriter(json, System.Globalization.CultureInfo.InvariantCulture))
            {
                Serializer.Serialize(writer, response.Body);
            }
            http.Response.ContentType = "application/json; charset=utf-8";
            var bytes = Encoding.UTF8.GetBytes(json.ToString());
            http.Response.ContentLength = bytes.Length;
            await http.Response.Body.WriteAsync(bytes, aborted).ConfigureAwait(false);
        }
    }

    private static Task Problem(HttpContext http, int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(http);
}
