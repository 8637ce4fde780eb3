using Newtonsoft.Json;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>The dialog stack of one conversation, kept in conversation state. Index 0 is the active dialog.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}

/// <summary>
/// One dialog on the stack: its id and what it remembers. Values are kept as JSON text per key and read
/// back into their declared type, so an <c>int</c> stays an <c>int</c> whichever serializer the storage
/// uses (Newtonsoft turns object-typed numbers into <c>long</c>, System.Text.Json into <c>JsonElement</c>).
/// </summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    /// <summary>Typed values by key, as JSON text.</summary>
    public Dictionary<string, string> State { get; set; } = [];

    /// <summary>The inner stack of a <see cref="ComponentDialog"/>; null for other dialogs.</summary>
    public DialogState? Children { get; set; }

    public T? Get<T>(string key) =>
        State.TryGetValue(key, out var json) ? JsonConvert.DeserializeObject<T>(json, StateJson.Settings) : default;

    public void Set<T>(string key, T value) => State[key] = JsonConvert.SerializeObject(value, StateJson.Settings);

    public bool Remove(string key) => State.Remove(key);
}

/// <summary>A typed view on the keys of a dialog instance under a prefix (the values of a waterfall).</summary>
public sealed class DialogValues(DialogInstance instance, string prefix)
{
    public T? Get<T>(string key) => instance.Get<T>(prefix + key);
    public void Set<T>(string key, T value) => instance.Set(prefix + key, value);
    public bool ContainsKey(string key) => instance.State.ContainsKey(prefix + key);
    public bool Remove(string key) => instance.Remove(prefix + key);
}

internal static class StateJson
{
    // No type names: what is stored is plain JSON that any storage can keep.
    public static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };
}
