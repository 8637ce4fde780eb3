using IqChatGuide.Bot.Hosting.Outbound;
using IqChatGuide.Bot.Messages;
using IqChatGuide.Bot.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Hosting;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>Listen on http://localhost:3978 unless --urls, ASPNETCORE_URLS, *_HTTP_PORTS or Kestrel:Endpoints say otherwise.</summary>
    public static IWebHostBuilder UseGuideDefaultUrl(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        var configured = !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration["HTTP_PORTS"])
            || !string.IsNullOrWhiteSpace(configuration["HTTPS_PORTS"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        return configured ? webHost : webHost.UseUrls(DefaultUrl);
    }

    /// <summary>Adapter with error handler, authentication, storage, state, options validated at start.</summary>
    public static IServiceCollection AddGuideBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddGuideStorage(configuration);

        // An empty MicrosoftAppId turns authentication off (local use, the emulator, tests).
        services.AddSingleton<BotFrameworkAuthentication>(sp => new SharedClientsAuthentication(
            new ConfigurationBotFrameworkAuthentication(configuration, logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>())));
        services.AddSingleton<FriendlyReplies>();
        services.AddSingleton<TurnErrorHandler>();
        // CloudAdapter's constructors are ambiguous for the container: build it by hand.
        services.AddSingleton(sp =>
        {
            var adapter = new GuideAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>())
            {
                OnTurnError = sp.GetRequiredService<TurnErrorHandler>().OnTurnErrorAsync,
            };
            // Features plug into every channel through middleware (channel shaping, counsellor take-over);
            // the Direct Line adapter runs the same registrations.
            foreach (var middleware in sp.GetServices<Microsoft.Bot.Builder.IMiddleware>())
            {
                adapter.Use(middleware);
            }
            return adapter;
        });
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<GuideAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<GuideAdapter>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<GuideAdapter>());

        services.AddSingleton<ConversationGate>();
        services.AddSingleton<ActivityReader>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddHostedService<BotWarmup>();
        return services;
    }

    /// <summary>POST /api/messages, /healthz (liveness), /readyz (storage reachable).</summary>
    public static IEndpointRouteBuilder MapGuideBot(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("IqChatGuide.Bot");
        var configuration = services.GetRequiredService<IConfiguration>();
        if (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
            logger.LogWarning("Bot Framework authentication is OFF because MicrosoftAppId is not set: anyone who can reach /api/messages can talk to the bot. Set MicrosoftAppId and MicrosoftAppPassword for channels.");
        else
            logger.LogInformation("Bot Framework authentication is ON.");
        logger.LogInformation("Storage provider: {Provider}", services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);

        var endpoint = services.GetRequiredService<MessagesEndpoint>();
        app.MapPost("/api/messages", endpoint.HandleAsync);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
