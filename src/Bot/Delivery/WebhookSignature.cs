using System.Security.Cryptography;
using System.Text;

namespace IqChatGuide.Bot.Delivery;

/// <summary>
/// The signature of a webhook call: <c>sha256=</c> and the lower-case hex HMAC-SHA256, keyed with the office's
/// secret, of <c>"&lt;timestamp&gt;.&lt;body&gt;"</c>. The timestamp (Unix seconds, also sent as
/// <c>X-IQ-Timestamp</c>) is signed too, so a receiver can refuse old calls replayed later.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-IQ-Timestamp";
    public const string SignatureHeader = "X-IQ-Signature";
    public const string IdempotencyHeader = "Idempotency-Key";
    private const string Scheme = "sha256=";

    public static string Sign(string secret, string timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body));
        return Scheme + Convert.ToHexStringLower(mac);
    }

    /// <summary>What an office's receiver does: compares in constant time.</summary>
    public static bool Verify(string secret, string? timestamp, string body, string? signature)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
