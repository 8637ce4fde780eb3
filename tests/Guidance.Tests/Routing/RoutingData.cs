using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Tests.Routing;

/// <summary>The shipped data files, loaded once for all routing tests.</summary>
internal static class RoutingData
{
    public static readonly ContentPaths Paths = ContentPaths.NextToBinaries();
    public static readonly Lazy<OfficeDirectory> Offices =
        new(() => OfficeDirectory.Load(Path.Combine(Paths.Data, OfficeDirectory.FileName)));
    public static readonly Lazy<PostalCodeTable> PostalCodes =
        new(() => PostalCodeTable.Load(Path.Combine(Paths.Data, PostalCodeTable.FileName)));
    public static ResidenceRouter Router => new(Offices.Value, PostalCodes.Value);
}
