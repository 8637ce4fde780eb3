namespace IqChatGuide.Guidance.Tests.Routing;

/// <summary>Finds files outside the test output: the repository root and the shared source data beside it.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IqChatGuide.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("IqChatGuide.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>../shared/data/plz/zipcodes.de.csv relative to the repository root, or null when absent.</summary>
    public static string? PostalCodeCsv
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "plz", "zipcodes.de.csv"));
            return File.Exists(path) ? path : null;
        }
    }
}
