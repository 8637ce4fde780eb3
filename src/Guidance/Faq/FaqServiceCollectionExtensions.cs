using System.Collections.Concurrent;
using IqChatGuide.Guidance.Languages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IqChatGuide.Guidance.Faq;

public static class FaqServiceCollectionExtensions
{
    // The index is immutable once built; hosts in one process (tests, several web hosts) share it
    // instead of spending seconds rebuilding the same one.
    private static readonly ConcurrentDictionary<ContentPaths, Lazy<FaqAnswerer>> Built = new();

    /// <summary>The FAQ index, built in memory at start from locales/&lt;lang&gt;/faq.json.</summary>
    public static IServiceCollection AddGuideFaq(this IServiceCollection services, ContentPaths paths)
    {
        services.TryAddSingleton(sp => Built.GetOrAdd(paths, p => new Lazy<FaqAnswerer>(() =>
        {
            var facts = FactCatalog.Load(Path.Combine(p.Data, "facts.json"));
            return new FaqAnswerer(FaqContent.Load(p), facts, sp.GetService<ILanguageDetector>());
        })).Value);
        services.TryAddSingleton<IFaqAnswerer>(sp => sp.GetRequiredService<FaqAnswerer>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IFaqInsights, FaqInsights>();
        return services;
    }
}
