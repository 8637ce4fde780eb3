namespace IqChatGuide.Bot.DirectLine;

public static class DirectLineExtensions
{
    /// <summary>The self-hosted Direct Line v3 subset and the token endpoint.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app) => app;
}
