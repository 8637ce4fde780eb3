using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.DirectLine;

/// <summary>
/// Limits token requests per client address, so a script cannot open conversations in bulk.
/// The limit is per instance; behind a proxy, forwarded headers must be applied before this runs.
/// </summary>
public sealed class TokenRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter;

    public TokenRateLimiter(IOptions<DirectLineOptions> options)
    {
        var perMinute = options.Value.TokenRequestsPerMinute;
        _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(ip =>
            RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    public bool TryAcquire(IPAddress? client) => _limiter.AttemptAcquire(client ?? IPAddress.None).IsAcquired;

    public void Dispose() => _limiter.Dispose();
}
