using System.Text.Json;

namespace IqChatGuide.Guidance.Routing;

/// <summary>
/// Reads one of the files in data/. A missing file, broken JSON or a field of the wrong type becomes a
/// <see cref="RoutingDataException"/> that names the file, so the bot refuses to start with a message an
/// operator can act on instead of a stack trace.
/// </summary>
internal static class DataFile
{
    public static T Load<T>(string path, string fileName, Func<JsonElement, T> read)
    {
        if (!File.Exists(path)) throw new RoutingDataException($"{fileName}: file not found at {path}");
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new RoutingDataException($"{fileName}: not valid JSON ({e.Message})", e);
        }
        catch (InvalidOperationException e)
        {
            // JsonElement's getters throw this when a field holds another kind of value than expected.
            throw new RoutingDataException($"{fileName}: a field has the wrong type ({e.Message})", e);
        }
    }
}
