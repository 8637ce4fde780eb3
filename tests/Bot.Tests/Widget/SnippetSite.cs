using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IqChatGuide.Bot.Tests.Widget;

/// <summary>A stand-in for a counselling office's website: one page with the embed snippet, on its own origin.</summary>
public sealed class SnippetSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SnippetSite(WebApplication app, string origin, string botOrigin)
    {
        _app = app;
        Origin = origin;
        BotOrigin = botOrigin;
    }

    /// <summary>localhost rather than 127.0.0.1, so the bot (on 127.0.0.1) is a different origin.</summary>
    public string Origin { get; }

    public string BotOrigin { get; set; }

    public static async Task<SnippetSite> StartAsync(string botOrigin)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        SnippetSite? site = null;
        app.MapGet("/", () => Results.Content(
            $"""
            <!doctype html><html lang="en"><head><title>Beratungsstelle</title></head><body>
            <h1>Unsere Beratung</h1>
            <div id="iq-chat-guide" data-lang="fa" style="height:600px"></div>
            <script src="{site!.BotOrigin}/embed.js" async></script>
            </body></html>
            """, "text/html"));
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        site = new SnippetSite(app, $"http://localhost:{port}", botOrigin);
        return site;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
