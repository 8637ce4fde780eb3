using IqChatGuide.Guidance.Cases;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Delivery;

/// <summary>What one attempt came to.</summary>
public enum DeliveryOutcome
{
    Delivered,
    InboxOnly,
    Failed,
    /// <summary>Another instance holds the case, or the case was deleted meanwhile.</summary>
    Skipped,
}

/// <summary>
/// One attempt to deliver one case: lists it in its office's inbox, then sends it by every configured route
/// not yet acknowledged, and either marks it delivered in the outbox or records the failure with the time
/// of the next attempt (exponential back-off).
/// </summary>
public sealed class CaseDeliverer(
    ICaseStore cases,
    ICaseOutbox outbox,
    ICaseIndex index,
    CaseSummaryBuilder summaries,
    DeliveryProgressStore progressStore,
    WebhookSender webhooks,
    EmailSender mail,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<CaseDeliverer> logger)
{
    /// <summary>Names this process in leases.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<DeliveryOutcome> DeliverAsync(CaseDelivery delivery, CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var guidanceCase = await cases.GetAsync(delivery.Reference, ct);
        if (guidanceCase is null)
        {
            // Deleted by the person between creation and delivery: there is nothing left to send.
            await outbox.MarkDeliveredAsync(delivery.Reference, now, ct);
            return DeliveryOutcome.Skipped;
        }

        var progress = await progressStore.TryLeaseAsync(delivery.Reference, InstanceId, now, now + o.Lease, ct);
        if (progress is null) return DeliveryOutcome.Skipped;
        try
        {
            return await DeliverLeasedAsync(delivery, guidanceCase, progress, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down mid-attempt: give the case back at once so the next process need not wait for the lease.
            await ReleaseAsync(progress, CancellationToken.None);
            throw;
        }
    }

    private async Task<DeliveryOutcome> DeliverLeasedAsync(CaseDelivery delivery, GuidanceCase guidanceCase, DeliveryProgress progress, CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();

        await index.AddAsync(new CaseIndexEntry(guidanceCase.Reference, guidanceCase.OfficeId, guidanceCase.CreatedAt), ct);

        var route = o.RouteFor(guidanceCase.OfficeId);
        if (route is null)
        {
            progress.InboxOnlyAt ??= now;
            await ReleaseAsync(progress, ct);
            await outbox.MarkDeliveredAsync(delivery.Reference, now, ct);
            logger.LogInformation("Case {Reference} for office {OfficeId} is in the counsellor inbox (no route configured)", delivery.Reference, guidanceCase.OfficeId);
            return DeliveryOutcome.InboxOnly;
        }

        var summary = summaries.Build(guidanceCase);
        var failures = new List<string>();
        if (route.Webhook.IsConfigured && progress.WebhookAcknowledgedAt is null)
        {
            var body = DeliveryPayload.For(guidanceCase, summary).ToJson();
            if (await webhooks.SendAsync(route.Webhook, guidanceCase.Reference, body, ct) is { } failure) failures.Add(failure);
            else progress.WebhookAcknowledgedAt = clock.GetUtcNow();
        }
        if (route.Email.IsConfigured && progress.EmailSentAt is null)
        {
            if (await mail.SendAsync(route.Email, summary, ct) is { } failure) failures.Add(failure);
            else progress.EmailSentAt = clock.GetUtcNow();
        }
        // Recorded before the outbox: a crash now repeats nothing that was acknowledged.
        await ReleaseAsync(progress, ct);

        if (failures.Count == 0)
        {
            await outbox.MarkDeliveredAsync(delivery.Reference, clock.GetUtcNow(), ct);
            logger.LogInformation("Case {Reference} delivered to office {OfficeId} after {Attempts} attempt(s)", delivery.Reference, guidanceCase.OfficeId, delivery.Attempts + 1);
            return DeliveryOutcome.Delivered;
        }

        var reason = string.Join("; ", failures);
        var next = clock.GetUtcNow() + o.RetryDelay(delivery.Attempts + 1);
        await outbox.RecordFailedAttemptAsync(delivery.Reference, reason, next, ct);
        logger.LogWarning("Delivery of case {Reference} to office {OfficeId} failed ({Reason}); attempt {Attempt}, next at {Next:O}",
            delivery.Reference, guidanceCase.OfficeId, reason, delivery.Attempts + 1, next);
        return DeliveryOutcome.Failed;
    }

    private async Task ReleaseAsync(DeliveryProgress progress, CancellationToken ct)
    {
        progress.LeaseHolder = null;
        progress.LeaseUntil = null;
        if (!await progressStore.TrySaveAsync(progress, ct))
            logger.LogWarning("Delivery progress of case {Reference} was changed by another instance while this one held it", progress.Reference);
    }
}
