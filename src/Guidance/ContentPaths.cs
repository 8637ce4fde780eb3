namespace IqChatGuide.Guidance;

/// <summary>Where the content folders are: locales/ (texts per language) and data/ (offices, postal codes, facts).</summary>
public sealed record ContentPaths(string Locales, string Data)
{
    /// <summary>The folders copied next to the binaries by the build.</summary>
    public static ContentPaths NextToBinaries() =>
        new(Path.Combine(AppContext.BaseDirectory, "locales"), Path.Combine(AppContext.BaseDirectory, "data"));
}
