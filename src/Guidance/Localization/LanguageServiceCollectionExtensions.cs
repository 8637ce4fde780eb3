using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Languages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IqChatGuide.Guidance.Localization;

public static class LanguageServiceCollectionExtensions
{
    /// <summary>Localizer, language detection and input reading for the 12 languages.</summary>
    public static IServiceCollection AddGuideLanguages(this IServiceCollection services, ContentPaths paths)
    {
        services.TryAddSingleton(paths);
        // All three read their files once and never change afterwards, so one instance serves everyone.
        services.TryAddSingleton<JsonStringLocalizerFactory>(sp => ActivatorUtilities.CreateInstance<JsonStringLocalizerFactory>(sp, paths));
        services.TryAddSingleton<ILocalizerProvider>(sp => sp.GetRequiredService<JsonStringLocalizerFactory>());
        services.TryAddSingleton<ILanguageDetector>(_ => new LanguageDetector(paths));
        services.TryAddSingleton(_ => new LanguageCatalog(paths));
        services.TryAddSingleton<InputReader>(_ => new InputReader(paths));
        services.TryAddSingleton<IInputReader>(sp => sp.GetRequiredService<InputReader>());
        return services;
    }
}
