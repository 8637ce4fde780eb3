using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Delivery;

/// <summary>
/// Reads the durable outbox on a timer and delivers what is due. Runs on every instance; the lease in
/// <see cref="DeliveryProgressStore"/> keeps instances from sending the same case twice. Cases created
/// before a restart are simply still due when the next process starts.
/// </summary>
public sealed class CaseDeliveryWorker(
    Guidance.Cases.ICaseOutbox outbox,
    CaseDeliverer deliverer,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<CaseDeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            logger.LogInformation("Case delivery is off on this instance (Delivery:Enabled = false)");
            return;
        }
        // Let the host finish starting before the first storage read.
        await Task.Yield();
        using var timer = new PeriodicTimer(o.PollInterval, clock);
        do
        {
            await DeliverDueAsync(o, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task DeliverDueAsync(DeliveryOptions o, CancellationToken ct)
    {
        try
        {
            var due = await outbox.GetDueAsync(clock.GetUtcNow(), o.BatchSize, ct);
            foreach (var delivery in due)
            {
                try
                {
                    await deliverer.DeliverAsync(delivery, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    // Storage trouble: the case stays due and is tried again on the next tick.
                    logger.LogWarning("Delivery of case {Reference} interrupted: {ExceptionType}", delivery.Reference, ex.GetType().Name);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning("Reading the delivery outbox failed: {ExceptionType}", ex.GetType().Name);
        }
    }
}
