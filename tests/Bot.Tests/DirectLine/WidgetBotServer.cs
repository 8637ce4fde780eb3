using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Bot.Tests.DirectLine;

/// <summary>
/// The real bot host on Kestrel at a free loopback port. By default it runs the conversation that the
/// host registers; <paramref name="echo"/> swaps in a tiny echo bot for protocol tests, and
/// <paramref name="storage"/> lets two hosts share one store.
/// </summary>
public sealed class WidgetBotServer(IStorage? storage = null, bool echo = false, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The same key on every test host, so hosts sharing a store accept each other's tokens.</summary>
    public const string SigningKey = "dGVzdC1vbmx5LXNpZ25pbmcta2V5LWZvci13aWRnZXQtdGVzdHMtMzItYnl0ZXM=";

    private Uri? _address;

    public Uri Address
    {
        get
        {
            if (_address is null)
            {
                UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
                StartServer();
                var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
                _address = new Uri(addresses.First());
            }
            return _address;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DirectLine:SigningKey", SigningKey);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Storage:Provider", "Memory");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            if (storage is not null) services.AddSingleton(storage);
            if (echo || !services.Any(d => d.ServiceType == typeof(IBot))) services.AddTransient<IBot, EchoBot>();
        });
    }

    public HttpClient NewClient() => new() { BaseAddress = Address };

    /// <summary>A Direct Line client as the widget uses it: token from the page endpoint, then start.</summary>
    public async Task<DirectLineClient> StartConversationAsync(string? locale = "en")
    {
        var http = NewClient();
        var token = await (await http.PostAsJsonAsync("/api/directline/token", new { locale })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonObject>();
        var client = new DirectLineClient(http, token!["token"]!.GetValue<string>(), token["conversationId"]!.GetValue<string>(), token["userId"]!.GetValue<string>());
        using var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(System.Net.HttpStatusCode.Created, start.StatusCode);
        return client;
    }
}

/// <summary>Replies "echo: text", and greets when the person joins; stands in for the conversation.</summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken: cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<Microsoft.Bot.Schema.ChannelAccount> membersAdded, ITurnContext<Microsoft.Bot.Schema.IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient.Id))
            await turnContext.SendActivityAsync($"hello {((Microsoft.Bot.Schema.Activity)turnContext.Activity).Locale}", cancellationToken: cancellationToken);
    }
}

/// <summary>The calls a Direct Line client makes, with a token in the Authorization header.</summary>
public sealed class DirectLineClient(HttpClient http, string token, string conversationId, string userId)
{
    public HttpClient Http { get; set; } = http;
    public string Token { get; set; } = token;
    public string ConversationId { get; } = conversationId;
    public string UserId { get; } = userId;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (body is string raw) request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body);
        return Http.SendAsync(request);
    }

    public async Task<string> SayAsync(string text)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities",
            new { type = "message", text, from = new { id = "spoofed", role = "user" }, channelData = new { clientActivityID = "c-" + text } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public async Task<(JsonArray Activities, string Watermark)> GetAsync(string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities" + (watermark is null ? "" : "?watermark=" + watermark));
        response.EnsureSuccessStatusCode();
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (set["activities"]!.AsArray(), set["watermark"]!.GetValue<string>());
    }
}
