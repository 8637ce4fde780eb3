
namespace IqChatGuide.Bot.Channels;

public static class ChannelsExtensions
{
    /// <summary>Registers <see cref="ChannelShapingMiddleware"/> for every adapter that runs DI-registered middleware.</summary>
    public static IServiceCollection AddChannelShaping(this IServiceCollection services) =>
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ChannelShapingMiddleware>();
}
