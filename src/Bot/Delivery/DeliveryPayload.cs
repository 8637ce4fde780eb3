using System.Text.Json;
using System.Text.Json.Serialization;
using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Bot.Delivery;

/// <summary>
/// What an office's system receives by webhook. Versioned by <see cref="SchemaVersion"/>; fields are only added.
/// <see cref="Case"/> carries the answers as the summary shares them (contact details only with consent).
/// </summary>
public sealed record DeliveryPayload(
    int SchemaVersion,
    string Reference,
    string OfficeId,
    DateTimeOffset CreatedAt,
    CaseSummary Summary,
    GuidanceCase Case)
{
    public const int CurrentSchemaVersion = 1;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static DeliveryPayload For(GuidanceCase guidanceCase, CaseSummary summary) => new(
        CurrentSchemaVersion,
        guidanceCase.Reference,
        guidanceCase.OfficeId,
        guidanceCase.CreatedAt,
        summary,
        guidanceCase with { Answers = summary.Answers });

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
