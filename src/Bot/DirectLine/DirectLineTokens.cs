using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.DirectLine;

/// <summary>What a valid token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId, string? Locale, DateTimeOffset ExpiresUtc);

/// <summary>
/// Issues and checks the tokens the widget uses. A token is <c>base64url(payload).base64url(HMAC-SHA256)</c>;
/// it is self-contained, so any instance that shares the signing key can check it without storage.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] _key;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(DirectLineSigningKey key, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        _key = key.Bytes;
        _clock = clock;
        _lifetime = TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);
    }

    public TimeSpan Lifetime => _lifetime;

    /// <summary>A grant for a brand-new conversation with a fresh user id.</summary>
    public DirectLineGrant NewConversation(string? locale) =>
        new(NewId(), "dl_" + NewId()[..16], locale, _clock.GetUtcNow() + _lifetime);

    /// <summary>The same conversation and user, with a new expiry.</summary>
    public DirectLineGrant Renew(DirectLineGrant grant) => grant with { ExpiresUtc = _clock.GetUtcNow() + _lifetime };

    public string Sign(DirectLineGrant grant)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new Payload(grant.ConversationId, grant.UserId, grant.Locale, grant.ExpiresUtc.ToUnixTimeSeconds()),
            PayloadJson.Default.Payload);
        return Base64Url(payload) + "." + Base64Url(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>The grant in a token, or null when the token is malformed, forged or expired.</summary>
    public DirectLineGrant? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024) return null;
        var dot = token.IndexOf('.');
        if (dot <= 0 || dot != token.LastIndexOf('.')) return null;
        try
        {
            var payload = Convert.FromBase64String(FromBase64Url(token[..dot]));
            var signature = Convert.FromBase64String(FromBase64Url(token[(dot + 1)..]));
            if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature)) return null;
            var p = JsonSerializer.Deserialize(payload, PayloadJson.Default.Payload);
            if (p is null || string.IsNullOrEmpty(p.C) || string.IsNullOrEmpty(p.U)) return null;
            var expires = DateTimeOffset.FromUnixTimeSeconds(p.E);
            if (expires <= _clock.GetUtcNow()) return null;
            return new DirectLineGrant(p.C, p.U, p.L, expires);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>128 random bits, URL-safe; used for conversation ids.</summary>
    public static string NewId() => Base64Url(RandomNumberGenerator.GetBytes(16));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string FromBase64Url(string s)
    {
        var b = s.Replace('-', '+').Replace('_', '/');
        return (b.Length % 4) switch { 2 => b + "==", 3 => b + "=", 0 => b, _ => throw new FormatException() };
    }

    internal sealed record Payload(
        [property: JsonPropertyName("c")] string C,
        [property: JsonPropertyName("u")] string U,
        [property: JsonPropertyName("l")] string? L,
        [property: JsonPropertyName("e")] long E);
}

[JsonSerializable(typeof(DirectLineTokens.Payload))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class PayloadJson : JsonSerializerContext;
