using IqChatGuide.Guidance.Assessment;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Guidance.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>Offices directory, postal-code table, router, case summaries and the preliminary assessment.</summary>
    public static IServiceCollection AddGuideRouting(this IServiceCollection services, ContentPaths paths)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => OfficeDirectory.Load(Path.Combine(paths.Data, OfficeDirectory.FileName)));
        services.TryAddSingleton(_ => PostalCodeTable.Load(Path.Combine(paths.Data, PostalCodeTable.FileName)));
        services.TryAddSingleton(_ => ProfessionCatalog.Load(Path.Combine(paths.Data, ProfessionCatalog.FileName)));
        services.TryAddSingleton<IResidenceRouter, ResidenceRouter>();
        services.TryAddSingleton<ProfessionAssessor>();
        services.TryAddSingleton<GuidanceCaseFactory>();
        // The localizer comes from AddGuideLanguages; a factory keeps the registration order free.
        services.TryAddSingleton(sp => new CaseSummaryBuilder(
            sp.GetRequiredService<ILocalizerProvider>(), sp.GetRequiredService<OfficeDirectory>()));

        // Load and check the data files when the host starts, not at the first question:
        // a broken offices file must stop the start with a message naming the entry and field.
        services.AddOptions<RoutingDataCheck>()
            .Validate<OfficeDirectory, PostalCodeTable, ProfessionCatalog>((_, _, _, _) => true)
            .ValidateOnStart();
        return services;
    }

    /// <summary>Marker options whose start-up validation loads the routing data files.</summary>
    internal sealed class RoutingDataCheck;
}
