using System.Text.Json;
using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Bot.Storage;

/// <summary>Cases are stored as versioned camelCase JSON, the same shape the offices receive.</summary>
internal static class CaseJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(GuidanceCase guidanceCase) => JsonSerializer.Serialize(guidanceCase, Options);

    public static GuidanceCase? Deserialize(string json) => JsonSerializer.Deserialize<GuidanceCase>(json, Options);
}
