namespace IqChatGuide.Guidance.Routing;

/// <summary>How a residence could be routed. Serialized in lower case on /api/offices.</summary>
public enum RoutingStatus { Resolved, Ambiguous, Unknown, Invalid, Abroad }

/// <param name="Code">ISO 3166-2 code such as "DE-BE".</param>
/// <param name="Name">German name such as "Berlin".</param>
public sealed record StateInfo(string Code, string Name);

/// <summary>One entry of data/offices.json.</summary>
public sealed record Office
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>"counselling", "state-service", "faire-integration", "zsba", "hotline", "zab".</summary>
    public required string Kind { get; init; }
    /// <summary>State codes served ("DE-BE"); empty for federal services.</summary>
    public IReadOnlyList<string> States { get; init; } = [];
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public string? Address { get; init; }
    public string? Hours { get; init; }
    public required string Source { get; init; }
    public required string SourceDate { get; init; }
    /// <summary>False when no source from 2023 or later confirms the entry; the bot then also names the hotline.</summary>
    public bool Verified { get; init; }
    public required DateOnly ReviewBy { get; init; }
    /// <summary>Remark for the people who maintain the directory (German or English); never shown to the person.</summary>
    public string? Note { get; init; }

    /// <summary>True when the entry gives at least one way to reach the office.</summary>
    public bool HasContact => Phone is not null || Email is not null || Website is not null || Address is not null;
}

/// <param name="States">the resolved state, or the candidates when ambiguous (all 16 when unknown).</param>
/// <param name="Office">the office serving the person; null unless resolved or abroad.</param>
public sealed record RoutingResult(
    RoutingStatus Status,
    IReadOnlyList<StateInfo> States,
    Office? Office,
    string? PostalCode = null,
    string? Town = null,
    string? Country = null);

/// <summary>Finds the office that serves a person, from where they live. Never guesses.</summary>
public interface IResidenceRouter
{
    /// <summary>A postal code or a town name typed by the person.</summary>
    RoutingResult RouteInGermany(string postalCodeOrTown);

    /// <summary>After an ambiguous or unknown code: the state the person picked.</summary>
    RoutingResult RouteToState(string stateCode, string? postalCode = null);

    /// <summary>People living abroad: ZSBA (plus hotline).</summary>
    RoutingResult RouteAbroad(string countryIso2);

    /// <summary>Every state, for asking.</summary>
    IReadOnlyList<StateInfo> States { get; }

    /// <summary>Offices added by topic rules: Faire Integration for labour-rights questions, ZAB for non-regulated academic degrees.</summary>
    IReadOnlyList<Office> AdditionalOffices(string? stateCode, bool labourRightsAsked, bool academicNonRegulated);

    Office? FindOffice(string id);

    /// <summary>The federal hotline, named whenever an office is not verified.</summary>
    Office Hotline { get; }
}
