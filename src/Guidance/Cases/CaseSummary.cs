namespace IqChatGuide.Guidance.Cases;

/// <summary>
/// The hand-off summary: the value of the <c>handoff.initiate</c> event and what the office receives.
/// Versioned (<see cref="SchemaVersion"/>) because the offices' systems read it; new fields are only added.
/// </summary>
public sealed record CaseSummary
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string Reference { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The person's language (de, en, ar, …).</summary>
    public required string Language { get; init; }
    public required SummaryOffice Office { get; init; }
    /// <summary>Offices added by topic rules (Faire Integration, ZAB).</summary>
    public IReadOnlyList<SummaryOffice> AdditionalOffices { get; init; } = [];
    public PreliminaryAssessment? Assessment { get; init; }
    /// <summary>The typed answers, for systems; contact details only when the person consented.</summary>
    public required CaseAnswers Answers { get; init; }
    /// <summary>For the counselling office, in German.</summary>
    public required SummaryView ForOffice { get; init; }
    /// <summary>The same fields in the person's language.</summary>
    public required SummaryView ForPerson { get; init; }
    /// <summary>What the person does next, in their language: office, how to reach it, what to prepare, the reference.</summary>
    public required IReadOnlyList<string> NextSteps { get; init; }
}

/// <param name="Key">stable field id, the same in every language (e.g. "qualification.country").</param>
public sealed record SummaryField(string Key, string Label, string Value);

/// <param name="Text">the fields as readable text, one "label: value" per line under a title.</param>
public sealed record SummaryView(string Language, string Title, IReadOnlyList<SummaryField> Fields, string Text);

/// <summary>An office as the summary names it (the directory entry without maintainers' remarks).</summary>
public sealed record SummaryOffice(
    string Id,
    string Name,
    string Kind,
    string? Phone,
    string? Email,
    string? Website,
    string? Address,
    string? Hours,
    bool Verified);
