using System.Buffers;
using System.Text;
using IqChatGuide.Bot.Hosting;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace IqChatGuide.Bot.Messages;

/// <summary>
/// Reads and checks the activity of POST /api/messages exactly once; the adapter gets the parsed object.
/// Every refusal carries a reason a client developer can act on, and never echoes the person's text.
/// </summary>
public sealed class ActivityReader(IOptions<BotOptions> options)
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings);

    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.ContactRelationUpdate, ActivityTypes.Typing,
        ActivityTypes.EndOfConversation, ActivityTypes.Event, ActivityTypes.Invoke, ActivityTypes.DeleteUserData,
        ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction,
        ActivityTypes.Suggestion, ActivityTypes.Handoff, ActivityTypes.Command, ActivityTypes.CommandResult, ActivityTypes.Trace,
    };

    private readonly int _maxBytes = options.Value.MaxRequestBytes;

    public readonly record struct Result(Activity? Activity, string? Problem);

    public async ValueTask<Result> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _maxBytes) return TooLarge();

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 4096, _maxBytes) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > _maxBytes) return TooLarge();
                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _maxBytes + 1));
                    Buffer.BlockCopy(buffer, 0, bigger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
                if (length > _maxBytes) return TooLarge();
            }
            if (length == 0) return new(null, "The request body is empty; send a Bot Framework activity as JSON.");
            return Check(Parse(buffer, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Result TooLarge() => new(null, $"The request body is larger than {_maxBytes} bytes.");

    private static Result Parse(byte[] buffer, int length)
    {
        try
        {
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var json = new JsonTextReader(text) { MaxDepth = 64, CloseInput = false };
            if (!json.Read() || json.TokenType != JsonToken.StartObject)
                return new(null, "The body must be a JSON object (a Bot Framework activity).");
            var activity = Serializer.Deserialize<Activity>(json);
            while (json.Read())
            {
                if (json.TokenType != JsonToken.Comment) return new(null, "The body has content after the JSON object.");
            }
            return new(activity, null);
        }
        catch (JsonReaderException ex)
        {
            return new(null, $"The body is not valid JSON (line {ex.LineNumber}, position {ex.LinePosition}).");
        }
        catch (JsonSerializationException ex)
        {
            return new(null, string.IsNullOrEmpty(ex.Path)
                ? "The body is not a Bot Framework activity."
                : $"The activity field '{Short(ex.Path)}' has the wrong type.");
        }
    }

    private static Result Check(Result parsed)
    {
        if (parsed.Problem is not null) return parsed;
        var a = parsed.Activity;
        if (a is null) return new(null, "The body must be a JSON object (a Bot Framework activity).");
        if (string.IsNullOrWhiteSpace(a.Type)) return new(null, "The activity has no 'type'.");
        if (!KnownTypes.Contains(a.Type)) return new(null, $"Unknown activity type '{Short(a.Type)}'.");
        if (string.IsNullOrWhiteSpace(a.ChannelId)) return new(null, "The activity has no 'channelId'.");
        if (string.IsNullOrWhiteSpace(a.Conversation?.Id)) return new(null, "The activity has no 'conversation.id'.");
        if (string.IsNullOrWhiteSpace(a.From?.Id)) return new(null, "The activity has no 'from.id'.");
        var expectReplies = string.Equals(a.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (expectReplies)
        {
            a.DeliveryMode = DeliveryModes.ExpectReplies;
            if (string.IsNullOrEmpty(a.ServiceUrl)) a.ServiceUrl = "http://localhost/"; // replies come back in the response; nothing is sent there
        }
        if (!Uri.TryCreate(a.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            return new(null, "The activity has no valid 'serviceUrl' (an absolute http(s) URL; not needed with deliveryMode 'expectReplies').");
        return parsed;
    }

    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
