using IqChatGuide.Guidance.Assessment;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Guidance.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>Offices directory, postal-code table, router, case summaries and the preliminary assessment.</summary>
    public static IServiceCollection AddGuideRouting(this IServiceCollection services, ContentPaths paths)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => WarnAboutDueReviews(
            OfficeDirectory.Load(Path.Combine(paths.Data, OfficeDirectory.FileName)), sp));
        services.TryAddSingleton(sp =>
        {
            var table = PostalCodeTable.Load(Path.Combine(paths.Data, PostalCodeTable.FileName));
            if (table.ReviewBy < Today(sp))
                Logger(sp)?.LogWarning("postal-codes.json was due for review on {ReviewBy}; regenerate it with tools/plz/generate.py", table.ReviewBy);
            return table;
        });
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

    private static OfficeDirectory WarnAboutDueReviews(OfficeDirectory offices, IServiceProvider services)
    {
        // Contact details go stale; an overdue entry still routes (a person must never be left without an
        // office), but the operator is told at every start which entries to re-check.
        foreach (var office in offices.DueForReview(Today(services)))
            Logger(services)?.LogWarning("offices.json: entry '{OfficeId}' was due for review on {ReviewBy}", office.Id, office.ReviewBy);
        return offices;
    }

    private static DateOnly Today(IServiceProvider services) =>
        DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private static ILogger? Logger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger(typeof(RoutingServiceCollectionExtensions).FullName!);

    /// <summary>Marker options whose start-up validation loads the routing data files.</summary>
    internal sealed class RoutingDataCheck;
}
