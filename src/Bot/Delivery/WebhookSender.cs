using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace IqChatGuide.Bot.Delivery;

/// <summary>Posts a case to an office's webhook, signed; any 2xx answer is the office's acknowledgement.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string ClientName = "case-delivery";

    /// <returns>null when acknowledged, else a reason without personal data.</returns>
    public async Task<string?> SendAsync(WebhookRoute route, string reference, string body, CancellationToken ct)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, route.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(route.Secret!, timestamp, body));
        request.Headers.Add(WebhookSignature.IdempotencyHeader, reference);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("IqChatGuide", "1"));

        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            // The answer's body is never recorded: an office's error page may echo the case.
            return response.IsSuccessStatusCode ? null : $"webhook answered HTTP {(int)response.StatusCode}";
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "webhook timed out";
        }
        catch (HttpRequestException ex)
        {
            return ex.HttpRequestError == HttpRequestError.Unknown
                ? "webhook unreachable"
                : $"webhook unreachable ({ex.HttpRequestError})";
        }
    }
}
