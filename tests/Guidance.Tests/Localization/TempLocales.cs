using System.Text.Json;

namespace IqChatGuide.Guidance.Tests.Localization;

/// <summary>A throw-away locales folder for testing the localizer's mechanics with known texts.</summary>
internal sealed class TempLocales : IDisposable
{
    public TempLocales(Dictionary<string, Dictionary<string, Dictionary<string, string>>> files)
    {
        Root = Path.Combine(Path.GetTempPath(), "iq-locales-" + Guid.NewGuid().ToString("N"));
        foreach (var (folder, byFile) in files)
        {
            Directory.CreateDirectory(Path.Combine(Root, folder));
            foreach (var (file, texts) in byFile)
                File.WriteAllText(Path.Combine(Root, folder, file), JsonSerializer.Serialize(texts));
        }
        Paths = new ContentPaths(Root, Path.Combine(Root, "data"));
    }

    public string Root { get; }
    public ContentPaths Paths { get; }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
