using System.Collections.Concurrent;
using IqChatGuide.Bot.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IqChatGuide.Bot.Tests.Delivery;

/// <summary>
/// An office's webhook: a real Kestrel server on a free loopback port that checks every call's signature the
/// way an office would, and answers with the status the test chooses for the n-th call.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "office-shared-secret-0123456789";

    public sealed record Call(int Number, string Body, string? Timestamp, string? Signature, string? IdempotencyKey, bool SignatureValid, int Answered);

    private readonly WebApplication _app;
    private int _count;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>Status to answer for call n (1-based).</summary>
    public Func<int, int> Answer { get; set; } = _ => StatusCodes.Status200OK;

    public ConcurrentQueue<Call> Calls { get; } = new();

    public string Url { get; private set; } = "";

    public IEnumerable<Call> Accepted => Calls.Where(c => c.Answered is >= 200 and < 300);

    public static async Task<WebhookReceiver> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/cases", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var timestamp = http.Request.Headers[WebhookSignature.TimestampHeader].FirstOrDefault();
            var signature = http.Request.Headers[WebhookSignature.SignatureHeader].FirstOrDefault();
            var valid = WebhookSignature.Verify(Secret, timestamp, body, signature);
            var number = Interlocked.Increment(ref receiver._count);
            // An office refuses what it cannot verify.
            var status = valid ? receiver.Answer(number) : StatusCodes.Status401Unauthorized;
            receiver.Calls.Enqueue(new Call(number, body, timestamp, signature, http.Request.Headers["Idempotency-Key"].FirstOrDefault(), valid, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/cases";
        return receiver;
    }

    public async Task WaitForAsync(Func<WebhookReceiver, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Webhook condition not met within {timeout.TotalSeconds} s; {Calls.Count} call(s).");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
