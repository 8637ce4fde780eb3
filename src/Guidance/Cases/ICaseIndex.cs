namespace IqChatGuide.Guidance.Cases;

/// <summary>Where a counsellor stands with a case.</summary>
public enum CaseWorkStatus
{
    New,
    InProgress,
    Done,
}

/// <summary>A case as an office's inbox lists it: no answers, only what the list and the counsellor's work need.</summary>
public sealed record CaseIndexEntry(string Reference, string OfficeId, DateTimeOffset CreatedAt)
{
    public CaseWorkStatus Status { get; init; } = CaseWorkStatus.New;
    /// <summary>The counsellor's own note; never shown to the person.</summary>
    public string? Note { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    /// <summary>Who last changed status or note (the counsellor's sign-in name).</summary>
    public string? UpdatedBy { get; init; }
}

/// <summary>
/// The cases of each office, for the counsellor inbox (<see cref="ICaseStore"/> reads one case by reference only).
/// Fed when a case is delivered; an office only ever lists its own cases.
/// </summary>
public interface ICaseIndex
{
    /// <summary>Adds a case to its office's list; nothing happens when it is listed already.</summary>
    Task AddAsync(CaseIndexEntry entry, CancellationToken cancellationToken = default);

    Task<CaseIndexEntry?> GetAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>The office's cases, newest first.</summary>
    Task<IReadOnlyList<CaseIndexEntry>> ListAsync(string officeId, CancellationToken cancellationToken = default);

    /// <summary>Changes status and note; false when the case is not listed.</summary>
    Task<bool> UpdateAsync(string reference, CaseWorkStatus status, string? note, string updatedBy, CancellationToken cancellationToken = default);

    /// <summary>Forgets a case (the person deleted it).</summary>
    Task RemoveAsync(string reference, CancellationToken cancellationToken = default);
}
