using System.Text;
using IqChatGuide.Guidance.Languages;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace IqChatGuide.Bot.DirectLine;

/// <summary>
/// The Direct Line v3 subset Web Chat uses (start, post, poll with watermark, token refresh) and the
/// token endpoint for the page. Every Direct Line call carries a token in the Authorization header;
/// a token only opens its own conversation.
/// </summary>
internal static class DirectLineEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/directline/token", IssueTokenAsync);

        var v3 = app.MapGroup("/v3/directline");
        v3.MapPost("/tokens/refresh", RefreshToken);
        v3.MapPost("/conversations", StartConversationAsync);
        v3.MapGet("/conversations/{conversationId}", ReconnectAsync);
        v3.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        v3.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
    }

    private static async Task<IResult> IssueTokenAsync(HttpContext http, DirectLineTokens tokens, TokenRateLimiter limiter)
    {
        if (!limiter.TryAcquire(http.Connection.RemoteIpAddress))
        {
            http.Response.Headers.RetryAfter = "60";
            return Problem(StatusCodes.Status429TooManyRequests, "Too many token requests from this address; try again in a minute.");
        }

        // Optional {"locale":"de-DE"} (or ?locale=): the language the page opened in, so the greeting is in it.
        var locale = http.Request.Query["locale"].FirstOrDefault();
        var body = await ReadBodyAsync(http, 2048);
        if (body is null) return Problem(StatusCodes.Status400BadRequest, "The request body is too large.");
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                locale = Newtonsoft.Json.Linq.JObject.Parse(body).Value<string>("locale") ?? locale;
            }
            catch (Exception e) when (e is JsonException or InvalidCastException)
            {
                return Problem(StatusCodes.Status400BadRequest, "The body must be a JSON object such as {\"locale\":\"de\"}.");
            }
        }
        if (locale is not null && (locale.Length > 35 || SupportedLanguages.FromCulture(locale) is null))
            locale = null; // unknown languages fall back to the bot's own choice

        var grant = tokens.NewConversation(locale);
        return Results.Json(TokenResponse(tokens, grant));
    }

    private static IResult RefreshToken(HttpContext http, DirectLineTokens tokens)
    {
        if (Authorize(http, tokens, conversationId: null, out var grant) is { } denied) return denied;
        return Results.Json(TokenResponse(tokens, tokens.Renew(grant)));
    }

    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineTokens tokens, DirectLineBotBridge bridge, CancellationToken ct)
    {
        if (Authorize(http, tokens, conversationId: null, out var grant) is { } denied) return denied;
        return await Guard(async () =>
        {
            await bridge.StartAsync(grant, ServiceUrl(http), ct);
            return Results.Json(TokenResponse(tokens, grant), statusCode: StatusCodes.Status201Created);
        });
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, HttpContext http, DirectLineTokens tokens, DirectLineConversationStore store, CancellationToken ct)
    {
        if (Authorize(http, tokens, conversationId, out var grant) is { } denied) return denied;
        return await Guard(async () =>
            await store.GetAsync(conversationId, ct) is null
                ? Problem(StatusCodes.Status404NotFound, "The conversation has not been started.")
                : Results.Json(TokenResponse(tokens, grant)));
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpContext http, DirectLineTokens tokens,
        DirectLineConversationStore store, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        if (Authorize(http, tokens, conversationId, out _) is { } denied) return denied;
        var from = 0;
        if (!string.IsNullOrEmpty(watermark) && (!int.TryParse(watermark, out from) || from < 0))
            return Problem(StatusCodes.Status400BadRequest, "The watermark must be a non-negative number from an earlier response.");

        return await Guard(async () =>
        {
            var conversation = await store.GetAsync(conversationId, ct);
            if (conversation is null) return Problem(StatusCodes.Status404NotFound, "The conversation has not been started.");
            var (page, next) = DirectLineConversationStore.Page(conversation, from, options.Value.PageSize);
            var json = JsonConvert.SerializeObject(
                new { activities = page, watermark = next.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                DirectLineConversationStore.ActivityJson);
            return Results.Content(json, "application/json", Encoding.UTF8);
        });
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpContext http, DirectLineTokens tokens, DirectLineBotBridge bridge,
        DirectLineConversationStore store, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        if (Authorize(http, tokens, conversationId, out var grant) is { } denied) return denied;

        var body = await ReadBodyAsync(http, MaxBodyBytes);
        if (body is null) return Problem(StatusCodes.Status400BadRequest, $"The activity is larger than {MaxBodyBytes / 1024} kB.");
        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(body, DirectLineConversationStore.ActivityJson);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is not a valid activity (JSON).");
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            return Problem(StatusCodes.Status400BadRequest, "The activity needs a type, such as \"message\".");
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
            return Problem(StatusCodes.Status400BadRequest, "Only message, event and typing activities can be sent.");
        if (activity.Text is { Length: var length } && length > options.Value.MaxTextLength)
            return Problem(StatusCodes.Status400BadRequest, $"The message is longer than {options.Value.MaxTextLength} characters.");
        if (activity.Type == ActivityTypes.Message && string.IsNullOrWhiteSpace(activity.Text) && activity.Value is null && activity.Attachments is not { Count: > 0 })
            return Problem(StatusCodes.Status400BadRequest, "A message needs text or a value.");

        return await Guard(async () =>
        {
            if (await store.GetAsync(conversationId, ct) is null)
                return Problem(StatusCodes.Status404NotFound, "The conversation has not been started.");
            var id = await bridge.PostAsync(grant, activity, ServiceUrl(http), ct);
            return Results.Json(new { id });
        });
    }

    /// <summary>Null when the request's token grants the conversation; otherwise the refusal.</summary>
    private static IResult? Authorize(HttpContext http, DirectLineTokens tokens, string? conversationId, out DirectLineGrant grant)
    {
        grant = null!;
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Problem(StatusCodes.Status401Unauthorized, "A Direct Line token is required (Authorization: Bearer <token>).");
        var valid = tokens.Validate(header["Bearer ".Length..].Trim());
        if (valid is null) return Problem(StatusCodes.Status403Forbidden, "The token is invalid or has expired.");
        if (conversationId is not null && !string.Equals(valid.ConversationId, conversationId, StringComparison.Ordinal))
            return Problem(StatusCodes.Status403Forbidden, "The token does not grant this conversation.");
        grant = valid;
        return null;
    }

    /// <summary>Storage outages become a 503 the client retries, never an unexplained 500.</summary>
    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (DirectLineConversationFullException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "The conversation store is not reachable; please retry.");
        }
    }

    private static object TokenResponse(DirectLineTokens tokens, DirectLineGrant grant) => new
    {
        conversationId = grant.ConversationId,
        token = tokens.Sign(grant),
        expires_in = (int)tokens.Lifetime.TotalSeconds,
        userId = grant.UserId,
    };

    private static Uri ServiceUrl(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}/");

    private static async Task<string?> ReadBodyAsync(HttpContext http, int maxBytes)
    {
        if (http.Request.ContentLength > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
