namespace IqChatGuide.Guidance.Cases;

/// <summary>One delivery of a case to its office, as recorded in the outbox.</summary>
public sealed record CaseDelivery(
    string Reference,
    string OfficeId,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DateTimeOffset? DeliveredAt);

/// <summary>
/// The delivery outbox. <see cref="ICaseStore.CreateAsync"/> writes a case and its pending delivery together,
/// so a case created just before the process died is still delivered after a restart. A delivery stays
/// pending until it is marked delivered.
/// </summary>
public interface ICaseOutbox
{
    /// <summary>Pending deliveries whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<CaseDelivery>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>The outbox entry of one case, delivered or not; null when the case does not exist.</summary>
    Task<CaseDelivery?> GetAsync(string reference, CancellationToken cancellationToken = default);

    Task MarkDeliveredAsync(string reference, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default);

    /// <summary>Counts a failed attempt and schedules the next one; the reason must not contain personal data.</summary>
    Task RecordFailedAttemptAsync(string reference, string reason, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default);
}

/// <summary>Thrown by <see cref="ICaseStore.CreateAsync"/> when a case with the same reference exists: a case is written once.</summary>
public sealed class CaseAlreadyExistsException(string reference)
    : InvalidOperationException($"A case with reference {reference} already exists.")
{
    public string Reference { get; } = reference;
}
