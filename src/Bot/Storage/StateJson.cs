using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace IqChatGuide.Bot.Storage;

/// <summary>
/// Serializes state like Bot Framework's own storages (Newtonsoft with type names, so typed dialog state
/// round-trips), but writes a type name only where the declared type does not say it already (the values of
/// BotState's object dictionary, interface-typed members): that halves the JSON of a turn and the time to
/// write and read it. It also carries the ETag: for an <see cref="IStoreItem"/> in its ETag property, for the
/// dictionaries <see cref="BotState"/> writes in an "eTag" entry. BotState writes back the dictionary it
/// read, so its next save carries the ETag of that read and a concurrent change is detected.
/// </summary>
internal static class StateJson
{
    internal const string ETagKey = "eTag";

    /// <summary>
    /// ETag of state that was not in storage when the turn began: the write succeeds only if the key is still
    /// absent (no stored ETag ever equals it).
    /// </summary>
    internal const string CreateOnlyETag = "!absent";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.Auto,
        NullValueHandling = NullValueHandling.Include,
        ContractResolver = new DefaultContractResolver(),
        MaxDepth = null,
        SerializationBinder = new KnownAssembliesBinder(),
    });

    public static string Serialize(object? value)
    {
        var sb = new StringBuilder(512);
        using (var writer = new StringWriter(sb, CultureInfo.InvariantCulture))
        using (var json = new JsonTextWriter(writer) { ArrayPool = CharPool.Instance })
        {
            Serializer.Serialize(json, value, typeof(object)); // declared as object: the root keeps its type name
        }
        return sb.ToString();
    }

    public static object? Deserialize(string json, string etag)
    {
        object? value;
        using (var reader = new StringReader(json))
        using (var jsonReader = new JsonTextReader(reader) { MaxDepth = null, DateParseHandling = DateParseHandling.DateTimeOffset, ArrayPool = CharPool.Instance })
        {
            value = Serializer.Deserialize(jsonReader);
        }
        SetETag(value, etag);
        return value;
    }

    /// <summary>The ETag the writer last saw; null or "*" means "overwrite whatever is there".</summary>
    public static string? ExpectedETag(object? value)
    {
        var etag = value switch
        {
            IStoreItem item => item.ETag,
            IDictionary<string, object?> dict => dict.TryGetValue(ETagKey, out var e) ? e as string : null,
            JObject obj => obj.TryGetValue(ETagKey, out var t) && t.Type == JTokenType.String ? (string?)t : null,
            _ => null,
        };
        return string.IsNullOrEmpty(etag) || etag == "*" ? null : etag;
    }

    /// <summary>Records the stored ETag in a BotState dictionary so a second save in the same turn does not conflict with the first.</summary>
    public static void AfterWrite(object? value, string newETag)
    {
        if (value is IDictionary<string, object?> dict and not IStoreItem)
            dict[ETagKey] = newETag;
    }

    private static void SetETag(object? value, string etag)
    {
        switch (value)
        {
            case IStoreItem item: item.ETag = etag; break;
            case IDictionary<string, object?> dict: dict[ETagKey] = etag; break;
            case JObject obj: obj[ETagKey] = etag; break;
        }
    }

    /// <summary>A fresh, unguessable ETag; unique across instances without coordination.</summary>
    public static string NewETag() => Random.Shared.NextInt64().ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Newtonsoft's buffers from the shared pool: state is (de)serialized twice per turn.</summary>
    private sealed class CharPool : IArrayPool<char>
    {
        public static readonly CharPool Instance = new();
        public char[] Rent(int minimumLength) => System.Buffers.ArrayPool<char>.Shared.Rent(minimumLength);
        public void Return(char[]? array) { if (array is not null) System.Buffers.ArrayPool<char>.Shared.Return(array); }
    }

    /// <summary>
    /// Type names in stored JSON are only honoured for the product's and Bot Framework's own types and the
    /// base library, so a tampered store cannot make the bot instantiate arbitrary types.
    /// </summary>
    private sealed class KnownAssembliesBinder : DefaultSerializationBinder
    {
        public override Type BindToType(string? assemblyName, string typeName)
        {
            if (assemblyName is not null && !IsKnown(assemblyName))
                throw new JsonSerializationException($"Type from assembly '{assemblyName}' is not allowed in stored state.");
            return base.BindToType(assemblyName, typeName);
        }

        private static bool IsKnown(string assembly) =>
            assembly.StartsWith("IqChatGuide", StringComparison.Ordinal)
            || assembly.StartsWith("Microsoft.Bot.", StringComparison.Ordinal)
            || assembly.StartsWith("System.Private.CoreLib", StringComparison.Ordinal)
            || assembly.StartsWith("mscorlib", StringComparison.Ordinal)
            || assembly.StartsWith("System.Collections", StringComparison.Ordinal)
            || assembly.StartsWith("System.Runtime", StringComparison.Ordinal)
            || assembly.StartsWith("Newtonsoft.Json", StringComparison.Ordinal);
    }
}
