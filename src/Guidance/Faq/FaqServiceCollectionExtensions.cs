using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Guidance.Faq;

public static class FaqServiceCollectionExtensions
{
    /// <summary>The FAQ index, built in memory at start from locales/&lt;lang&gt;/faq.json.</summary>
    public static IServiceCollection AddGuideFaq(this IServiceCollection services, ContentPaths paths) => services;
}
