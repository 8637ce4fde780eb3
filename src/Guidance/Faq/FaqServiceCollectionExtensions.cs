using IqChatGuide.Guidance.Languages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IqChatGuide.Guidance.Faq;

public static class FaqServiceCollectionExtensions
{
    /// <summary>The FAQ index, built in memory at start from locales/&lt;lang&gt;/faq.json.</summary>
    public static IServiceCollection AddGuideFaq(this IServiceCollection services, ContentPaths paths)
    {
        services.TryAddSingleton(_ => FactCatalog.Load(Path.Combine(paths.Data, "facts.json")));
        services.TryAddSingleton(_ => FaqContent.Load(paths));
        services.TryAddSingleton(sp => new FaqAnswerer(
            sp.GetRequiredService<FaqContent>(),
            sp.GetRequiredService<FactCatalog>(),
            sp.GetService<ILanguageDetector>()));
        services.TryAddSingleton<IFaqAnswerer>(sp => sp.GetRequiredService<FaqAnswerer>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IFaqInsights, FaqInsights>();
        return services;
    }
}
