using System.Security.Cryptography;

namespace IqChatGuide.Guidance.Cases;

/// <summary>
/// Case reference numbers such as "IQ-7K4M-QX9T": read aloud on the phone and typed from a letter, so the
/// alphabet leaves out characters that look or sound alike (0/O, 1/I/L, U/V). Eight random characters from
/// 30 give about 6.6·10¹¹ numbers, drawn with a cryptographic generator so no one can guess another case.
/// </summary>
public static class CaseReference
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const string Prefix = "IQ-";
    private const int GroupLength = 4;

    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, GroupLength * 2);
        return $"{Prefix}{new string(chars, 0, GroupLength)}-{new string(chars, GroupLength, GroupLength)}";
    }

    /// <summary>True for a reference in the canonical form ("IQ-7K4M-QX9T").</summary>
    public static bool IsValid(string? reference) =>
        reference is { Length: 12 } &&
        reference.StartsWith(Prefix, StringComparison.Ordinal) &&
        reference[7] == '-' &&
        reference.AsSpan(3, 4).IndexOfAnyExcept(Alphabet) < 0 &&
        reference.AsSpan(8, 4).IndexOfAnyExcept(Alphabet) < 0;

    /// <summary>
    /// Reads a reference as a person types it ("iq 7k4m qx9t", "7K4MQX9T"); null when it is not one.
    /// Look-alikes are not corrected: a wrong character must not silently open someone else's case.
    /// </summary>
    public static string? TryNormalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var compact = new string(typed.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (compact.StartsWith("IQ", StringComparison.Ordinal) && compact.Length == 10) compact = compact[2..];
        if (compact.Length != 8) return null;
        var candidate = $"{Prefix}{compact[..4]}-{compact[4..]}";
        return IsValid(candidate) ? candidate : null;
    }
}
