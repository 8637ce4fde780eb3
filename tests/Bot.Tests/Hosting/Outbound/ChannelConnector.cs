using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace IqChatGuide.Bot.Tests.Hosting.Outbound;

/// <summary>
/// A channel's connector service (the serviceUrl of an activity): a real Kestrel server on a free loopback port
/// that takes the bot's replies the way the Bot Framework connector does and keeps them.
/// </summary>
public sealed class ChannelConnector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChannelConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public ConcurrentQueue<Activity> Received { get; } = new();

    public static async Task<ChannelConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new ChannelConnector(app);
        async Task<IResult> Take(HttpContext http)
        {
            using var reader = new StreamReader(http.Request.Body);
            var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(), HttpHelper.BotMessageSerializerSettings)!;
            connector.Received.Enqueue(activity);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        }
        app.MapPost("/v3/conversations/{conversation}/activities", (Delegate)Take);
        app.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", (Delegate)Take);
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
