using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Dialogs.Tests.Infrastructure;

/// <summary>
/// Simulates a process restart between turns: all stored state is written to JSON text, type names are
/// stripped (a storage that keeps plain JSON, like SQLite or Redis), and each turn starts from a new
/// <see cref="MemoryStorage"/> loaded from that text.
/// </summary>
public sealed class RestartingStorage
{
    private string _json = "{}";

    /// <summary>The JSON of everything stored after the last turn.</summary>
    public string Json => _json;

    /// <summary>A fresh storage holding what the previous one saved; call <see cref="Save"/> after the turn.</summary>
    public (MemoryStorage Storage, Dictionary<string, JObject> Items) Load()
    {
        var items = JObject.Parse(_json).Properties().ToDictionary(p => p.Name, p => (JObject)p.Value);
        return (new MemoryStorage(items), items);
    }

    public void Save(Dictionary<string, JObject> items)
    {
        var root = new JObject();
        foreach (var (key, value) in items) root[key] = StripTypeNames(value.DeepClone());
        _json = root.ToString(Newtonsoft.Json.Formatting.None);
    }

    private static JToken StripTypeNames(JToken token)
    {
        if (token is JObject obj)
        {
            obj.Remove("$type");
            // Collections saved with type names come back as {"$values": [...]}.
            if (obj.Count == 1 && obj["$values"] is JArray values) return StripTypeNames(values);
            foreach (var property in obj.Properties().ToList()) property.Value = StripTypeNames(property.Value);
        }
        else if (token is JArray array)
        {
            for (var i = 0; i < array.Count; i++) array[i] = StripTypeNames(array[i]);
        }
        return token;
    }
}
