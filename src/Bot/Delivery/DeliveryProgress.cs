using IqChatGuide.Bot.Storage;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Delivery;

/// <summary>
/// Which routes of one case have been acknowledged, and which instance is working on it. Kept in the
/// bot's storage next to the outbox, so an office with webhook and e-mail gets each exactly once even when
/// only one of them failed, and two instances sharing Redis never send the same case at the same time.
/// </summary>
public sealed class DeliveryProgress : IStoreItem
{
    public string Reference { get; set; } = "";
    public DateTimeOffset? WebhookAcknowledgedAt { get; set; }
    public DateTimeOffset? EmailSentAt { get; set; }
    /// <summary>Set when the office has no route: the case is read in the counsellor inbox.</summary>
    public DateTimeOffset? InboxOnlyAt { get; set; }
    public string? LeaseHolder { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string ETag { get; set; } = null!;
}

public sealed class DeliveryProgressStore(IStorage storage)
{
    // Matches no stored ETag: the write succeeds only while the key is absent.
    private const string CreateOnly = StateJson.CreateOnlyETag;

    private static string Key(string reference) => "delivery/progress/" + reference;

    public async Task<DeliveryProgress?> GetAsync(string reference, CancellationToken ct)
    {
        var items = await storage.ReadAsync<DeliveryProgress>([Key(reference)], ct);
        return items.TryGetValue(Key(reference), out var item) ? item : null;
    }

    /// <summary>
    /// Takes the case for <paramref name="holder"/> until <paramref name="until"/>; null when another instance
    /// holds an unexpired lease or won the race for it.
    /// </summary>
    public async Task<DeliveryProgress?> TryLeaseAsync(string reference, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken ct)
    {
        var progress = await GetAsync(reference, ct) ?? new DeliveryProgress { Reference = reference, ETag = CreateOnly };
        if (progress.LeaseHolder is not null && progress.LeaseHolder != holder && progress.LeaseUntil > now) return null;
        progress.LeaseHolder = holder;
        progress.LeaseUntil = until;
        return await TrySaveAsync(progress, ct) ? progress : null;
    }

    /// <summary>Saves progress under the ETag it was read with; false when another instance changed it meanwhile.</summary>
    public async Task<bool> TrySaveAsync(DeliveryProgress progress, CancellationToken ct)
    {
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [Key(progress.Reference)] = progress }, ct);
        }
        catch (StorageConflictException)
        {
            return false;
        }
        // The stores do not hand back the new ETag: read it so the next save of this object is not refused.
        if (await GetAsync(progress.Reference, ct) is { } saved) progress.ETag = saved.ETag;
        return true;
    }

    public Task DeleteAsync(string reference, CancellationToken ct) => storage.DeleteAsync([Key(reference)], ct);
}
