using System.Text.Json;
using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Assessment;

/// <summary>One profession of data/professions.json.</summary>
public sealed record Profession(
    string Id,
    string ReferenceOccupation,
    bool Regulated,
    string AuthorityKey,
    IReadOnlyList<string> Types,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Names);

/// <summary>Fallback when no profession matched: what the qualification type alone suggests.</summary>
public sealed record TypeDefault(bool? Regulated, string? AuthorityKey);

/// <summary>data/professions.json, checked when loaded.</summary>
public sealed class ProfessionCatalog
{
    public const string FileName = "professions.json";

    private ProfessionCatalog(IReadOnlyList<Profession> professions, IReadOnlyDictionary<string, string> authorities,
        IReadOnlyDictionary<string, TypeDefault> byType, DateOnly reviewBy)
    {
        Professions = professions;
        Authorities = authorities;
        ByType = byType;
        ReviewBy = reviewBy;
    }

    public IReadOnlyList<Profession> Professions { get; }
    /// <summary>Authority key → German description.</summary>
    public IReadOnlyDictionary<string, string> Authorities { get; }
    public IReadOnlyDictionary<string, TypeDefault> ByType { get; }
    public DateOnly ReviewBy { get; }

    public static ProfessionCatalog Load(string path) => DataFile.Load(path, FileName, FromJson);

    private static ProfessionCatalog FromJson(JsonElement root)
    {
        if (!root.TryGetProperty("reviewBy", out var reviewByElement) || !DataDates.TryParse(reviewByElement.GetString(), out var reviewBy))
            throw new RoutingDataException($"{FileName}: field 'reviewBy' is missing or not a date (yyyy-MM-dd)");

        var authorities = Object(root, "authorities").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);

        var byType = new Dictionary<string, TypeDefault>(StringComparer.Ordinal);
        foreach (var entry in Object(root, "byType").EnumerateObject())
        {
            var key = entry.Value.TryGetProperty("authority", out var a) ? a.GetString() : null;
            if (key is not null && !authorities.ContainsKey(key))
                throw new RoutingDataException($"{FileName}: byType '{entry.Name}': field 'authority' names unknown authority '{key}'");
            bool? regulated = entry.Value.TryGetProperty("regulated", out var r) && r.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? r.GetBoolean()
                : null;
            byType[entry.Name] = new TypeDefault(regulated, key);
        }

        if (!root.TryGetProperty("professions", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new RoutingDataException($"{FileName}: field 'professions' is missing or not a list");
        var professions = new List<Profession>();
        foreach (var element in list.EnumerateArray())
        {
            var id = element.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
            var label = id is null ? $"entry #{professions.Count + 1}" : $"entry '{id}'";
            string Required(string field) =>
                element.TryGetProperty(field, out var v) && v.GetString() is { Length: > 0 } text
                    ? text
                    : throw new RoutingDataException($"{FileName}: {label}: field '{field}' is missing or empty");

            id = Required("id");
            if (professions.Any(p => p.Id == id)) throw new RoutingDataException($"{FileName}: {label}: field 'id' is used twice");
            var authority = Required("authority");
            if (!authorities.ContainsKey(authority))
                throw new RoutingDataException($"{FileName}: {label}: field 'authority' names unknown authority '{authority}'");
            if (!element.TryGetProperty("regulated", out var regulated) || regulated.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw new RoutingDataException($"{FileName}: {label}: field 'regulated' is missing or not true/false");
            if (!element.TryGetProperty("names", out var namesElement) || namesElement.ValueKind != JsonValueKind.Object)
                throw new RoutingDataException($"{FileName}: {label}: field 'names' is missing");
            var names = namesElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => (IReadOnlyList<string>)p.Value.EnumerateArray().Select(n => n.GetString() ?? "").Where(n => n.Length > 0).ToList(),
                StringComparer.Ordinal);
            foreach (var language in SupportedLanguages.All)
            {
                if (!names.TryGetValue(language, out var inLanguage) || inLanguage.Count == 0)
                    throw new RoutingDataException($"{FileName}: {label}: field 'names.{language}' is missing or empty");
            }
            var types = element.TryGetProperty("types", out var t)
                ? t.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                : [];
            professions.Add(new Profession(id, Required("referenceOccupation"), regulated.GetBoolean(), authority, types, names));
        }
        return new ProfessionCatalog(professions, authorities, byType, reviewBy);
    }

    private static JsonElement Object(JsonElement root, string field) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new RoutingDataException($"{FileName}: field '{field}' is missing or not an object");
}
