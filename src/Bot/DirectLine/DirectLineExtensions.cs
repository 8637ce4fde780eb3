using IqChatGuide.Bot.Channels;
using IqChatGuide.Bot.Widget;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IqChatGuide.Bot.DirectLine;

public static class DirectLineExtensions
{
    /// <summary>
    /// The self-hosted Direct Line v3 subset and the token endpoint, plus channel shaping
    /// (<see cref="ChannelShapingMiddleware"/>, registered as an <see cref="Microsoft.Bot.Builder.IMiddleware"/> that every adapter runs).
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<TokenRateLimiter>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<DirectLineBotBridge>();
        services.AddChannelShaping();
        services.AddWidget(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        DirectLineEndpoints.Map(app);
        return app;
    }
}
