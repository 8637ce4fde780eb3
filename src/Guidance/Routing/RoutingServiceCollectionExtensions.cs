using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Guidance.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>Offices directory, postal-code table, router, case summaries and the preliminary assessment.</summary>
    public static IServiceCollection AddGuideRouting(this IServiceCollection services, ContentPaths paths) => services;
}
