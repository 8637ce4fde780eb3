namespace IqChatGuide.Guidance.Cases;

/// <summary>Preliminary assessment from data/professions.json; never a decision.</summary>
public sealed record PreliminaryAssessment(
    string? ReferenceOccupation,   // German reference occupation, e.g. "Pflegefachfrau/Pflegefachmann"
    bool? Regulated,               // null = not known
    string? AuthorityType)         // e.g. "Landesbehörde für Gesundheitsberufe"
{
    /// <summary>The matched entry of data/professions.json ("nurse"); null when nothing matched.</summary>
    public string? ProfessionId { get; init; }
    /// <summary>Language-independent kind of authority ("health", "ihk", "zab"); its text per language is <c>cases.authority.&lt;key&gt;</c>.</summary>
    public string? AuthorityKey { get; init; }
}

/// <summary>A case handed to an office. Written once; versioned for the offices' systems.</summary>
public sealed record GuidanceCase
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    /// <summary>Short, unguessable, without look-alike characters, e.g. "IQ-7K4M-QX9T".</summary>
    public required string Reference { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The person's language (de, en, ar, …).</summary>
    public required string Language { get; init; }
    public required string OfficeId { get; init; }
    public IReadOnlyList<string> AdditionalOfficeIds { get; init; } = [];
    public required CaseAnswers Answers { get; init; }
    public PreliminaryAssessment? Assessment { get; init; }
    /// <summary>Channel and conversation the case came from, so a counsellor can continue it.</summary>
    public string? ChannelId { get; init; }
    public string? ConversationId { get; init; }
    public bool TranscriptConsent { get; init; }
}

/// <summary>Stores cases and the delivery outbox. A case and its outbox entry are written together.</summary>
public interface ICaseStore
{
    Task CreateAsync(GuidanceCase guidanceCase, CancellationToken cancellationToken = default);
    Task<GuidanceCase?> GetAsync(string reference, CancellationToken cancellationToken = default);
    /// <summary>Removes a case the person asked to delete; returns false when none existed.</summary>
    Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default);
}
