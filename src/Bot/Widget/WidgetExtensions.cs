namespace IqChatGuide.Bot.Widget;

public static class WidgetExtensions
{
    /// <summary>The demo page at / and the Web Chat bundle, served by the bot itself.</summary>
    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app) => app;
}
