using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Widget;

public static class WidgetExtensions
{
    /// <summary>Widget settings; called from AddDirectLine.</summary>
    public static IServiceCollection AddWidget(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WidgetOptions>()
            .Bind(configuration.GetSection(WidgetOptions.Section))
            .Validate(o => o.EmbedOrigins.All(IsOrigin), "Widget:EmbedOrigins must be origins such as https://www.example.org (scheme and host, no path).")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The demo page at /, the frame page at /chat, and the static files (Web Chat bundle, widget script, embed.js).</summary>
    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http, IOptions<WidgetOptions> options) => WidgetPage.Render(http, embedded: false, options.Value.EmbedOrigins));
        app.MapGet("/chat", (HttpContext http, IOptions<WidgetOptions> options) => WidgetPage.Render(http, embedded: true, options.Value.EmbedOrigins));
        app.MapStaticAssets();
        return app;
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && value.TrimEnd('/').Equals(uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
}
