namespace IqChatGuide.Guidance.Faq;

/// <summary>
/// Splits German compounds into words the FAQ already uses: "Anerkennungsverfahrenskosten" is
/// "anerkennungsverfahren" + "kost", so a question with the long word finds texts that say "Kosten",
/// and a text with "Anerkennungszuschuss" is found by "Zuschuss". The dictionary is the German stems of the
/// FAQ itself, so only splits into known words are made.
/// </summary>
internal sealed class GermanCompounds
{
    private const int MinPart = 4;
    private const int MinCompound = 2 * MinPart;
    // Linking elements between the parts (Fugenelemente): Anerkennung-s-verfahren, Arbeit-s-platz, Schule-n-…
    private static readonly string[] Links = ["s", "es", "n", "en", "e", "er"];

    private readonly HashSet<string> _words;
    private readonly Dictionary<string, string[]> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public GermanCompounds(IEnumerable<string> stems) =>
        _words = stems.Where(s => s.Length >= MinPart && !s.StartsWith('~')).ToHashSet(StringComparer.Ordinal);

    /// <summary>The known parts of a compound stem (head parts first), or nothing when it is no compound of known words.</summary>
    public string[] Parts(string stem)
    {
        if (stem.Length < MinCompound) return [];
        lock (_gate)
        {
            if (_cache.TryGetValue(stem, out var cached)) return cached;
            var parts = Split(stem, depth: 0) ?? [];
            if (_cache.Count < 50_000) _cache[stem] = parts;
            return parts;
        }
    }

    private string[]? Split(string s, int depth)
    {
        // The longest known last part first: "verfahrenskost" is better split as "verfahren"+"kost" than as "verf"+"ahrenskost".
        for (var i = MinPart; i <= s.Length - MinPart; i++)
        {
            var tail = s[i..];
            if (!_words.Contains(tail)) continue;
            var head = s[..i];
            if (Known(head) is { } h) return [h, tail];
            if (depth < 2 && head.Length >= MinCompound && Split(head, depth + 1) is { } inner) return [.. inner, tail];
            foreach (var link in Links)
            {
                if (!head.EndsWith(link, StringComparison.Ordinal) || head.Length - link.Length < MinPart) continue;
                var bare = head[..^link.Length];
                if (Known(bare) is { } b) return [b, tail];
                if (depth < 2 && bare.Length >= MinCompound && Split(bare, depth + 1) is { } inner2) return [.. inner2, tail];
            }
        }
        return null;
    }

    private string? Known(string head) => _words.Contains(head) ? head : null;
}
